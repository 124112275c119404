import { describe, expect, it } from 'vitest';
import { normalizeForMatching, stripQuoted } from '../../../../src-main/triage/understanding/normalize-text';

describe('stripQuoted', () => {
  it.each([
    ['en', 'Thanks, got it.\n\nOn Tue, 4 Mar 2025 at 10:12, Shop <a@b.c> wrote:\n> Your order has shipped'],
    ['de', 'Danke, ist da.\n\nAm 14.11.2025 um 09:30 schrieb Shop Team:\n> Ihre Bestellung wurde versandt'],
    ['fr', 'Merci, bien reçu.\n\nLe 5 nov. 2025 à 14:02, Boutique a écrit :\n> Votre commande a été expédiée'],
    ['es', 'Gracias, recibido.\n\nEl 5 nov 2025, a las 14:02, Tienda escribió:\n> Su pedido ha sido enviado'],
    ['it', 'Grazie, ricevuto.\n\nIl giorno 5 nov 2025 alle 14:02 Negozio ha scritto:\n> Il tuo ordine è stato spedito'],
    ['zh', '收到了，谢谢。\n\n在 2025年11月5日 14:02，店铺 写道：\n> 您的订单已发货'],
    ['ja', '受け取りました。\n\n2025/11/05 14:02 ショップ のメッセージ:\n> ご注文の商品を発送しました'],
    ['outlook', 'Thanks!\n\n-----Original Message-----\nFrom: Shop\nYour order has shipped'],
  ])('drops the quoted mail (%s)', (_, text) => {
    const own = stripQuoted(text);
    expect(own.split('\n')).toHaveLength(1);
    expect(own).not.toMatch(/shipped|versandt|expédiée|enviado|spedito|发货|発送/);
  });

  it('keeps a message that is only a quote, rather than losing it', () => {
    expect(stripQuoted('> where is my order?')).toBe('> where is my order?');
  });
});

describe('normalizeForMatching', () => {
  it('folds case, accents, ß and full-width forms, and keeps Japanese voicing marks', () => {
    expect(normalizeForMatching('Rückerstattung GROSSE Straße').text).toBe('ruckerstattung grosse strasse');
    expect(normalizeForMatching('Remboursement déjà ÉTÉ').text).toBe('remboursement deja ete');
    expect(normalizeForMatching('ＡＢＣ１２３').text).toBe('abc123');
    expect(normalizeForMatching('ガイド').text).toBe('ガイド');
  });

  it('maps every normalised character back to the original, so phrases can be quoted as written', () => {
    const original = 'Ich will  Ihren VORGESETZTEN, Straße 5';
    const { text, offsets } = normalizeForMatching(original);
    const at = text.indexOf('vorgesetzten');
    expect(original.slice(offsets[at]!, offsets[at + 'vorgesetzten'.length - 1]! + 1)).toBe('VORGESETZTEN');
    const s = text.indexOf('strasse');
    expect(original.slice(offsets[s]!, offsets[s + 6]! + 1)).toBe('Straße');
    expect(text).toContain('will ihren'); // runs of blanks become one
  });
});
