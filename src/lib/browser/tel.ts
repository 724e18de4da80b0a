/** A phone number as a link a phone can call: 'tel:0798202333'. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/-/g, '')}`;
}
