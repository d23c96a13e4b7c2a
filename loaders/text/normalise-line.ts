/**
 * HTML tags the extraction leaves behind. Only these names are stripped, so `<中等职业教育…>`
 * (ASCII angle brackets used as title marks) and 《》 survive.
 */
const HTML_TAG = /<\/?(?:b|p|br|strong|em|i|u|span|div|font|sup|sub|td|tr|th|table|tbody|thead)\b[^<>]*>/gi;

/** Cleans one line: markdown heading markers, HTML tags, bold markers and trailing blanks. */
export function normaliseLine(raw: string): { text: string; heading: boolean } {
  let text = raw.replace(/\u00a0/g, ' ');
  const heading = /^\s*#{1,6}\s/.test(text);
  if (heading) text = text.replace(/^\s*#{1,6}\s+/, '');
  text = text.replace(HTML_TAG, '').replace(/\*\*/g, '');
  return { text: text.replace(/[ \u3000]+$/u, ''), heading };
}
