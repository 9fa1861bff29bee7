declare module '@socialgouv/jours-feries' {
  export default function getJoursFeries(year: number, options?: { alsace?: boolean }): Record<string, Date>;
}
