// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isTyping } from '../../src-renderer/keyboard/typing';

function keydownOn(element: Element) {
  let seen: KeyboardEvent | null = null;
  element.addEventListener('keydown', (e) => (seen = e as KeyboardEvent));
  element.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
  return seen!;
}

describe('typing guard', () => {
  it('treats inputs, textareas, selects and editable content as typing', () => {
    document.body.innerHTML = '<textarea></textarea><input><select></select><div contenteditable="true"><span id="inner">x</span></div><div id="plain"></div>';
    for (const selector of ['textarea', 'input', 'select', '#inner']) expect(isTyping(keydownOn(document.querySelector(selector)!)), selector).toBe(true);
    expect(isTyping(keydownOn(document.querySelector('#plain')!))).toBe(false);
    expect(isTyping(keydownOn(document.body))).toBe(false);
  });
});
