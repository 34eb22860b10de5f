/**
 * Outcomes that know the fulfilment model. A path picks a model when it answers a model question (option values
 * fbo, fbs, rfbs, realfbs, fbp, or an option's explicit `model:`); an outcome then shows only the lines for that
 * model. With no model on the path every line shows, grouped by the models it names.
 */
import { MODELS, type Model } from '../handbook/sections';
import { START_ID, isOutcome, isQuestion, type GuideOption, type GuideTree, type ModelScoped } from './types';

export const MODEL_BY_VALUE: Readonly<Record<string, Model>> = {
  fbo: 'FBO',
  fbs: 'FBS',
  rfbs: 'rFBS',
  realfbs: 'realFBS',
  fbp: 'FBP',
};

export function optionModel(option: Pick<GuideOption, 'value' | 'model'>): Model | undefined {
  return option.model ?? MODEL_BY_VALUE[option.value];
}

/** The model of a path: its last answer that names one (a later, more precise answer wins). */
export function pathModel(options: readonly Pick<GuideOption, 'value' | 'model'>[]): Model | undefined {
  let model: Model | undefined;
  for (const o of options) model = optionModel(o) ?? model;
  return model;
}

/** The lines a reader with `model` sees; every line when the model is unknown. */
export function linesFor<T extends ModelScoped>(lines: readonly T[], model: Model | undefined): T[] {
  return model === undefined ? [...lines] : lines.filter((l) => !l.models || l.models.includes(model));
}

export interface ModelGroup<T> {
  /** Absent for the lines that apply to every model. */
  models?: Model[];
  items: T[];
}

/** Lines for every model first, then one group per set of models, in the order the sets first appear. */
export function groupByModels<T extends ModelScoped>(lines: readonly T[]): ModelGroup<T>[] {
  const groups = new Map<string, ModelGroup<T>>();
  groups.set('', { items: [] });
  for (const line of lines) {
    const models = line.models && MODELS.filter((m) => line.models!.includes(m));
    const key = models?.join(' ') ?? '';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { models, items: [] }));
    group.items.push(line);
  }
  return [...groups.values()].filter((g) => g.items.length > 0);
}

/** `FBS / rFBS`: how a set of models is labelled. */
export const modelsLabel = (models: readonly string[]) => models.join(' / ');

/**
 * For each outcome, the models a seller can arrive with. A path without a model question leaves the model
 * open: the outcome can then be reached with any model it declares in `models:` (every model if it declares none).
 */
export function reachableModels(tree: GuideTree): Map<string, Set<Model>> {
  const reach = new Map<string, Set<Model>>();
  const seen = new Set<string>();
  const walk = (id: string, model: Model | undefined) => {
    const key = `${id} ${model ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    const node = tree[id];
    if (isOutcome(node)) {
      const set = reach.get(id) ?? new Set<Model>();
      for (const m of model ? [model] : Array.isArray(node.models) ? node.models : MODELS) set.add(m);
      reach.set(id, set);
    } else if (isQuestion(node) && Array.isArray(node.options)) {
      for (const o of node.options) if (o && typeof o.next === 'string') walk(o.next, optionModel(o) ?? model);
    }
  };
  walk(START_ID, undefined);
  return reach;
}
