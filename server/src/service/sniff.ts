/**
 * Tells from the first lines of a plain-text file whether it is a UN resolution or draft:
 * the document system's export ("[DU1]", "<<ODS"), an adoption line, a Security Council heading,
 * a draft header, or an enacting formula near the top. Pure, so it is unit-tested without VS Code.
 */
const SIGNS: RegExp[] = [
  /^\[DU\d+\][ \t]*$/m,
  /<<ODS (?:JOB NO|DOC SYMBOL)/,
  /^[ \t]*Resolutions? adopted by the (?:General Assembly|Security Council|Economic and Social Council|Human Rights Council)\b/m,
  /^[ \t]*Resolution \d{1,4} \(\d{4}\)[ \t]*$/m,
  /^[ \t]*Adopted by the Security Council at its \d+/m,
  /^.{2,300}:\s*(?:revised )?draft resolution[ \t]*$/m,
  /^[ \t]*Statement by the President of the Security Council[ \t]*$/m,
  /^[ \t]*The (?:General Assembly|Security Council|Economic and Social Council|Human Rights Council),?[ \t]*$/m,
];

export function looksLikeResolution(head: string): boolean {
  return SIGNS.some((sign) => sign.test(head));
}
