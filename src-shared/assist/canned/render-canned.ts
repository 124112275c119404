// A canned reply as it goes into the composer: prompts filled with what the agent typed, then the
// conversation's variables (customer, order, shipment, agent) in the buyer's date and money formats.
import { renderTemplate, type TemplateContext } from '../../templates/render-template';
import { fillPrompts } from './prompts';

export interface RenderedCanned {
  text: string;
  /** Variables without a value for this conversation, and prompts left empty. */
  missing: string[];
  unknown: string[];
}

export function renderCanned(body: string, ctx: TemplateContext, promptValues: Readonly<Record<string, string>> = {}): RenderedCanned {
  const prompted = fillPrompts(body, promptValues);
  const rendered = renderTemplate(prompted.text, ctx);
  return { text: rendered.text, missing: [...prompted.unfilled.map((p) => `prompt:${p}`), ...rendered.missing], unknown: rendered.unknown };
}
