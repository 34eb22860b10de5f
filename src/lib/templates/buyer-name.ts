/**
 * The buyer's name is not always shown in Ozon's cabinet. A template greets with the placeholder; without a
 * name the greeting becomes a plain «Здравствуйте!» (the comma goes with the name, or the buyer reads «Здравствуйте, !»).
 */
export const BUYER_NAME = '[имя покупателя]';

export function hasBuyerName(ru: string): boolean {
  return ru.includes(BUYER_NAME);
}

/** The text with the name and its comma removed from the greeting; any later mention is left for the seller. */
export function withoutBuyerName(ru: string): string {
  return ru.replace(/,\s*\[имя покупателя\]\s*!/, '!');
}
