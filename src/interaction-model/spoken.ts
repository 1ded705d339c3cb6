/**
 * How printed catalog text is said aloud, in the form Alexa wants for slot values: lowercase
 * words, numbers spelled out, "&" and "%" as words, no characters but letters, spaces,
 * apostrophes and periods.
 */
const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function belowThousand(n: number): string {
  if (n < 20) return ONES[n] ?? '';
  if (n < 100) {
    const rest = n % 10;
    return `${TENS[Math.floor(n / 10)] ?? ''}${rest === 0 ? '' : ` ${ONES[rest] ?? ''}`}`;
  }
  const rest = n % 100;
  return `${ONES[Math.floor(n / 100)] ?? ''} hundred${rest === 0 ? '' : ` ${belowThousand(rest)}`}`;
}

/** "12" → "twelve", "2.5" → "two point five"; numbers beyond a million are read digit by digit. */
export function numberToWords(digits: string): string {
  const [whole = '', fraction] = digits.split('.');
  const n = Number(whole);
  let words: string;
  if (!Number.isSafeInteger(n) || n >= 1_000_000) words = [...whole].map((d) => ONES[Number(d)] ?? '').join(' ');
  else if (n < 1000) words = belowThousand(n);
  else words = `${belowThousand(Math.floor(n / 1000))} thousand${n % 1000 === 0 ? '' : ` ${belowThousand(n % 1000)}`}`;
  if (fraction === undefined || fraction === '') return words;
  return `${words} point ${[...fraction].map((d) => ONES[Number(d)] ?? '').join(' ')}`;
}

/** Pack-size abbreviations, said in full after a number: "12 oz" is "twelve ounce". */
const UNIT_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'fl oz': 'fluid ounce', oz: 'ounce', lb: 'pound', lbs: 'pound', gal: 'gallon', ct: 'count', pk: 'pack',
  qt: 'quart', ml: 'milliliter', kg: 'kilogram', g: 'gram', l: 'liter',
};

export function spokenForm(text: string): string {
  return text
    .toLowerCase()
    .replace(/(\d)\s*(fl\.?\s*oz|oz|lbs?|gal|ct|pk|qt|ml|kg|g|l)\b\.?/g, (_, digit: string, unit: string) =>
      `${digit} ${UNIT_ABBREVIATIONS[unit.replace(/\.?\s+/, ' ')] ?? unit}`,
    )
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/’/g, "'")
    .replace(/&/g, ' and ')
    .replace(/%/g, ' percent ')
    .replace(/\+/g, ' plus ')
    .replace(/(\d)([a-z])/g, '$1 $2')
    .replace(/([a-z])(\d)/g, '$1 $2')
    .replace(/\d+(\.\d+)?/g, (number) => ` ${numberToWords(number)} `)
    .replace(/[^a-z' .]+/g, ' ')
    .replace(/(^|\s)[.']+|[.']+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
