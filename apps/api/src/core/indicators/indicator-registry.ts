import type { DirectorateKey } from '@call/domain';
import type { IndicatorDefinition } from './indicator-definition';

/** All indicators, from the modules' manifests and the core's declared ones. Keys are unique. */
export class IndicatorRegistry {
  private readonly byKey = new Map<string, IndicatorDefinition>();

  constructor(definitions: readonly IndicatorDefinition[]) {
    for (const d of definitions) {
      if (this.byKey.has(d.key)) throw new Error(`Indicateur déclaré deux fois : ${d.key}`);
      if (d.kind === 'computed' && d.drillMembers.length === 0) throw new Error(`${d.key} : aucun champ de détail`);
      this.byKey.set(d.key, d);
    }
  }

  get(key: string): IndicatorDefinition | undefined {
    return this.byKey.get(key);
  }

  list(directorates?: readonly DirectorateKey[]): IndicatorDefinition[] {
    const all = [...this.byKey.values()];
    return directorates ? all.filter((d) => directorates.includes(d.directorate)) : all;
  }
}
