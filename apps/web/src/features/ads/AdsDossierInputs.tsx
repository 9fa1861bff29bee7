import { Checkbox, FormControlLabel, MenuItem, Stack, TextField, Typography } from '@mui/material';
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
  floorAreaCreated: number;
  dwellingsCreated: number;
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
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<AdsDossierFormValues>();
  const edit = mode === 'edit';
  const locked = (name: string) => depositLocked && (name === 'type' || name === 'communeInsee');
  const select = (
    name: 'type' | 'communeInsee' | 'channel' | 'applicantKind' | 'instructorId',
    label: string,
    options: { value: string; label: string }[],
    required = true,
  ) => (
    <Controller
      name={name}
      control={control}
      rules={required ? { required: `Veuillez choisir : ${label.toLowerCase()}.` } : undefined}
      render={({ field, fieldState }) => (
        <TextField
          select
          autoFocus={name === (depositLocked ? 'channel' : 'type')}
          label={label}
          {...field}
          error={!!fieldState.error}
          required={required}
          disabled={locked(name)}
          helperText={
            fieldState.error?.message ??
            (locked(name) ? 'Ne peut plus être corrigé : le dossier n’est plus au statut « Déposé ».' : undefined)
          }
        >
          {!required && <MenuItem value="">Non attribué</MenuItem>}
          {options.map((o) => (
            <MenuItem key={o.value} value={o.value}>
              {o.label}
            </MenuItem>
          ))}
        </TextField>
      )}
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
        <TextField
          label="Date de dépôt"
          type="date"
          required
          disabled={edit}
          slotProps={{ inputLabel: { shrink: true } }}
          {...register('depositedOn', { required: 'Veuillez saisir la date de dépôt.' })}
          error={!!errors.depositedOn}
          helperText={errors.depositedOn?.message}
        />
        {select(
          'channel',
          'Mode de dépôt',
          ADS_CHANNELS.map((c) => ({ value: c.code, label: c.label })),
        )}
        {!(edit && depositLocked) && (
          <TextField
            label={edit ? 'Nouveau numéro du dossier' : 'Numéro du dossier'}
            placeholder="PC 062 498 23 A0012"
            {...register('number')}
            error={!!errors.number}
            helperText={
              errors.number?.message ??
              (edit
                ? `Numéro actuel : ${currentNumber ?? '—'}. Laisser vide pour le conserver (ou, si la commune ou le type change, pour le numéro suivant de la série A).`
                : 'Laisser vide pour le numéro suivant de la série A ; M01/T01 pour un modificatif ou un transfert.')
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
        <TextField
          label="Demandeur"
          required
          {...register('applicantName', { required: 'Veuillez saisir le demandeur.' })}
          error={!!errors.applicantName}
          helperText={errors.applicantName?.message}
        />
      </Section>
      <Section title="Terrain et projet">
        <TextField
          label="Adresse du terrain"
          required
          {...register('landAddress', { required: 'Veuillez saisir l’adresse du terrain.' })}
          error={!!errors.landAddress}
          helperText={errors.landAddress?.message}
        />
        <TextField
          label="Parcelles cadastrales"
          placeholder="AB 123, AB 124"
          {...register('cadastralParcels')}
          error={!!errors.cadastralParcels}
          helperText={errors.cadastralParcels?.message ?? 'Section et numéro, séparés par des virgules.'}
        />
        <TextField
          label="Nature du projet"
          required
          multiline
          minRows={2}
          {...register('projectNature', { required: 'Veuillez décrire le projet.' })}
          error={!!errors.projectNature}
          helperText={errors.projectNature?.message}
        />
        <Stack direction="row" spacing={2}>
          <TextField
            label="Surface de plancher créée (m²)"
            type="number"
            {...register('floorAreaCreated', {
              valueAsNumber: true,
              min: { value: 0, message: 'Ne peut pas être négative.' },
            })}
            error={!!errors.floorAreaCreated}
            helperText={errors.floorAreaCreated?.message}
          />
          <TextField
            label="Logements créés"
            type="number"
            {...register('dwellingsCreated', {
              valueAsNumber: true,
              min: { value: 0, message: 'Ne peut pas être négatif.' },
            })}
            error={!!errors.dwellingsCreated}
            helperText={errors.dwellingsCreated?.message}
          />
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
