// Values the agent types in when inserting a canned reply: `{{prompt:Refund amount}}` asks for one;
// the same label used twice is asked once. Filled before the order/customer variables are rendered.

const PROMPT = /\{\{\s*prompt\s*:\s*([^}]+?)\s*\}\}/g;

/** Labels of the prompts in a template, in order of first appearance, once each. */
export function promptsOf(template: string): string[] {
  return [...new Set([...template.matchAll(PROMPT)].map((m) => m[1]!))];
}

export interface FilledPrompts {
  text: string;
  /** Prompts left without a value: they stay visible as [label] for the agent to fill. */
  unfilled: string[];
}

export function fillPrompts(template: string, values: Readonly<Record<string, string>>): FilledPrompts {
  const unfilled = new Set<string>();
  const text = template.replace(PROMPT, (_whole, label: string) => {
    const value = values[label]?.trim();
    if (!value) {
      unfilled.add(label);
      return `[${label}]`;
    }
    return value;
  });
  return { text, unfilled: [...unfilled] };
}
