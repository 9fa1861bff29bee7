import { Checkbox, FormControlLabel, Stack, Typography } from '@mui/material';
import {
  ADS_APPLICANT_KINDS,
  ADS_CHANNELS,
  ADS_DOSSIER_TYPES,
  type AdsApplicantKind,
  type AdsChannel,
  type AdsDossierType,
} from '@call/domain';
import type { ReactNode } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { DateInput, DecimalInput, SelectInput, TextInput, type Option } from '../../shared/kit';

export interface AdsDossierFormValues {
  number: string;
  type: AdsDossierType;
  communeInsee: string;
  depositedOn: string;
  channel: AdsChannel;
  applicantKind: AdsApplicantKind;
  applicantName: string;
  landAddress: string;
  cadastralParcels: string;
  projectNature: string;
  floorAreaCreated: number | null;
  dwellingsCreated: number | null;
  instructorId: string;
  tacitRefusalCase: boolean;
}

export const ADS_DOSSIER_FORM_FIELDS = [
  'number',
  'type',
  'communeInsee',
  'depositedOn',
  'channel',
  'applicantKind',
  'applicantName',
  'landAddress',
  'cadastralParcels',
  'projectNature',
  'floorAreaCreated',
  'dwellingsCreated',
  'instructorId',
  'tacitRefusalCase',
] as const;

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack spacing={2} component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography variant="h6" component="legend" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Stack>
  );
}

export interface AdsDossierInputsProps {
  communes: { inseeCode: string; name: string }[];
  instructors: { id: string; displayName: string }[];
  /** create: a new deposit; edit: a correction (no deposit date, instructor or R*424-2 case). */
  mode?: 'create' | 'edit';
  /** In edit mode, the number currently registered (shown in the number's help). */
  currentNumber?: string;
  /** Commune, type and number can no longer be corrected (the dossier is past "Déposé"). */
  depositLocked?: boolean;
}

/** The body of the dossier form, in titled sections, for creation and correction; the choices come from @call/domain. */
export function AdsDossierInputs({
  communes,
  instructors,
  mode = 'create',
  currentNumber,
  depositLocked = false,
}: AdsDossierInputsProps) {
  const { control } = useFormContext<AdsDossierFormValues>();
  const edit = mode === 'edit';
  const locked = (name: string) => depositLocked && (name === 'type' || name === 'communeInsee');
  const select = (
    name: 'type' | 'communeInsee' | 'channel' | 'applicantKind' | 'instructorId',
    label: string,
    options: Option[],
    required = true,
  ) => (
    <SelectInput<AdsDossierFormValues>
      name={name}
      label={label}
      choices={options}
      autoFocus={name === (depositLocked ? 'channel' : 'type')}
      requiredMessage={required ? `Veuillez choisir : ${label.toLowerCase()}.` : undefined}
      emptyLabel={required ? undefined : 'Non attribué'}
      disabled={locked(name)}
      helperText={locked(name) ? 'Ne peut plus être corrigé : le dossier n’est plus au statut « Déposé ».' : undefined}
    />
  );
  return (
    <Stack spacing={4}>
      <Section title="Dépôt">
        {select(
          'type',
          'Type de dossier',
          ADS_DOSSIER_TYPES.map((t) => ({ value: t.code, label: `${t.code} — ${t.label}` })),
        )}
        {select(
          'communeInsee',
          'Commune',
          communes.map((c) => ({ value: c.inseeCode, label: c.name })),
        )}
        <DateInput<AdsDossierFormValues> name="depositedOn" label="Date de dépôt" required notFuture disabled={edit} />
        {select(
          'channel',
          'Mode de dépôt',
          ADS_CHANNELS.map((c) => ({ value: c.code, label: c.label })),
        )}
        {!(edit && depositLocked) && (
          <TextInput<AdsDossierFormValues>
            name="number"
            label={edit ? 'Nouveau numéro du dossier' : 'Numéro du dossier'}
            placeholder="PC 062 498 23 A0012"
            helperText={
              edit
                ? `Numéro actuel : ${currentNumber ?? '—'}. Laisser vide pour le conserver (ou, si la commune ou le type change, pour le numéro suivant de la série A).`
                : 'Laisser vide pour le numéro suivant de la série A ; M01/T01 pour un modificatif ou un transfert.'
            }
          />
        )}
      </Section>
      <Section title="Demandeur">
        {select(
          'applicantKind',
          'Type de demandeur',
          ADS_APPLICANT_KINDS.map((k) => ({ value: k.code, label: k.label })),
        )}
        <TextInput<AdsDossierFormValues>
          name="applicantName"
          label="Demandeur"
          requiredMessage="Veuillez saisir le demandeur."
        />
      </Section>
      <Section title="Terrain et projet">
        <TextInput<AdsDossierFormValues>
          name="landAddress"
          label="Adresse du terrain"
          requiredMessage="Veuillez saisir l’adresse du terrain."
        />
        <TextInput<AdsDossierFormValues>
          name="cadastralParcels"
          label="Parcelles cadastrales"
          placeholder="AB 123, AB 124"
          helperText="Section et numéro, séparés par des virgules."
        />
        <TextInput<AdsDossierFormValues>
          name="projectNature"
          label="Nature du projet"
          multiline
          minRows={2}
          requiredMessage="Veuillez décrire le projet."
        />
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <DecimalInput<AdsDossierFormValues>
            name="floorAreaCreated"
            label="Surface de plancher créée (m²)"
            min={0}
            maxDecimals={0}
          />
          <DecimalInput<AdsDossierFormValues> name="dwellingsCreated" label="Logements créés" min={0} maxDecimals={0} />
        </Stack>
      </Section>
      {!edit && (
        <Section title="Instruction">
          {select(
            'instructorId',
            'Instructeur',
            instructors.map((i) => ({ value: i.id, label: i.displayName })),
            false,
          )}
          <Controller
            name="tacitRefusalCase"
            control={control}
            render={({ field }) => (
              <FormControlLabel
                control={<Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />}
                label="Le silence vaut refus (cas de l’article R*424-2 : immeuble classé, site classé…)"
              />
            )}
          />
        </Section>
      )}
    </Stack>
  );
}

/** Form values → the fields both the creation and the correction send (parcels split, empty numbers as 0). */
export function adsDossierCommonInput(v: AdsDossierFormValues) {
  return {
    channel: v.channel,
    applicantKind: v.applicantKind,
    applicantName: v.applicantName,
    landAddress: v.landAddress,
    projectNature: v.projectNature,
    cadastralParcels: v.cadastralParcels
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean),
    floorAreaCreated: v.floorAreaCreated ?? 0,
    dwellingsCreated: v.dwellingsCreated ?? 0,
  };
}
