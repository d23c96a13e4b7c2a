/** Recipients a transfer project's text names: 县（市）区, 各区, named districts. */
export function transferRecipients(text: string): string[] {
  const found = text.match(/各?县[（(]市[)）]区|县市区|各区|[\u4e00-\u9fa5]{2,3}(?:区|县)(?=[、，,和及 ])/gu) ?? [];
  return [...new Set(found)];
}
