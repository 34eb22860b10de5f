/**
 * Outcomes that know the fulfilment model. A path picks a model when it answers a model question (option values
 * fbo, fbs, rfbs, realfbs, fbp, or an option's explicit `model:`); an outcome then shows only the lines for that
 * model. With no model on the path every line shows, grouped by the models it names.
 */
// Type only: the handbook's section table would otherwise ride along into the guide's browser bundle.
import type { Model } from '../handbook/sections';
import type { GuideOption, ModelScoped } from './types';

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
    const models = line.models;
    const key = models?.join(' ') ?? '';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { models, items: [] }));
    group.items.push(line);
  }
  return [...groups.values()].filter((g) => g.items.length > 0);
}

/** `FBS / rFBS`: how a set of models is labelled. */
export const modelsLabel = (models: readonly string[]) => models.join(' / ');
