// The trained model file, decoded once per process on first use (about 70k features; tens of ms).
import { BaseIntentModel, type BaseModelData } from './base-intent-model';
import data from './intent-model.json';

let shipped: BaseIntentModel | null = null;

export function shippedBaseModel(): BaseIntentModel {
  shipped ??= BaseIntentModel.fromData(data as unknown as BaseModelData);
  return shipped;
}
