/**
 * Fouten in de opdrachtregel in het Nederlands. `node:util` parseArgs meldt ze in het Engels ("Unknown option
 * '--foo'. To specify a positional argument…"); de gebruiker krijgt nooit een JavaScript-melding te zien.
 */
export function argumentFout(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  // Geen instanceof Error: onder jest komt de fout uit een ander realm.
  const m = (e as { message?: unknown }).message;
  const bericht = typeof m === "string" ? m : "";
  const optie = /'(-{1,2}[^'\s<]+)/.exec(bericht)?.[1] ?? null;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && optie) return `onbekende optie ${optie}.`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && optie) {
    return /does not take an argument/.test(bericht) ? `de optie ${optie} heeft geen waarde.` : `de optie ${optie} verwacht een waarde.`;
  }
  return "de opdracht klopt niet; controleer de opties.";
}
