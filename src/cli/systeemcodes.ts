/**
 * De ene tabel van systeemfouten (errno-codes als ENOENT, ENOTDIR, EACCES) naar een Nederlandse reden, voor
 * lezen (invoer, mappen doorzoeken) en schrijven (kopieën, rapporten, agenda). Een code zelf komt nooit bij de
 * gebruiker: een onbekende code wordt "een onverwachte fout van het besturingssysteem".
 */

type Reden = string | { lezen: string; schrijven: string };

const REDENEN: Readonly<Record<string, Reden>> = {
  ENOENT: {
    lezen: "het bestand of de map bestaat niet (meer)",
    schrijven: "de map bestaat niet en kan hier niet gemaakt worden (bijvoorbeeld een alleen-lezen schijf, /proc, of een verdwenen netwerkschijf)",
  },
  ENOTDIR: "een deel van het pad is een bestand in plaats van een map",
  EISDIR: "op die plek staat een map, geen bestand",
  EACCES: { lezen: "geen toegang: het bestand of de map mag niet gelezen worden (rechten)", schrijven: "geen schrijfrechten in deze map" },
  EPERM: { lezen: "geen toegang: het bestand of de map mag niet gelezen worden (rechten)", schrijven: "geen schrijfrechten in deze map" },
  ELOOP: "het pad loopt via symbolische koppelingen in een kring (verwijst naar zichzelf)",
  EBUSY: "het bestand is in gebruik door een ander programma (open in Excel?); probeer het later opnieuw",
  ETXTBSY: "het bestand is in gebruik door een ander programma (open in Excel?); probeer het later opnieuw",
  EAGAIN: "het bestand is tijdelijk niet beschikbaar (vergrendeld); probeer het later opnieuw",
  EWOULDBLOCK: "het bestand is tijdelijk niet beschikbaar (vergrendeld); probeer het later opnieuw",
  EIO: { lezen: "de schijf gaf een leesfout", schrijven: "de schijf gaf een schrijffout" },
  EROFS: "de schijf of map is alleen-lezen",
  ENOSPC: "de schijf is vol (of uw schijfruimte is op)",
  EDQUOT: "de schijf is vol (of uw schijfruimte is op)",
  EFBIG: "het bestand is te groot voor deze schijf",
  EEXIST: "er staat al een bestand met die naam",
  ENAMETOOLONG: "de naam of het pad is te lang",
  EMFILE: "er staan te veel bestanden tegelijk open",
  ENFILE: "er staan te veel bestanden tegelijk open",
  EINVAL: "de naam bevat tekens die deze schijf niet toestaat",
  EXDEV: "deze schijf ondersteunt het veilig wegschrijven niet",
  ENOTSUP: "deze schijf ondersteunt het veilig wegschrijven niet",
  EOPNOTSUPP: "deze schijf ondersteunt het veilig wegschrijven niet",
  ETIMEDOUT: "de schijf of netwerkmap antwoordde niet op tijd",
  EHOSTDOWN: "de netwerkmap is niet bereikbaar",
  ESTALE: "de netwerkmap is niet meer bereikbaar (verbinding verbroken)",
};

/** Alle codes in de tabel (voor tests). */
export const BEKENDE_SYSTEEMCODES: readonly string[] = Object.keys(REDENEN);

/** De errno-code van een fout, of null. */
export function systeemCode(e: unknown): string | null {
  const c = (e as NodeJS.ErrnoException | null)?.code;
  return typeof c === "string" ? c : null;
}

/** Een systeemfout als Nederlandse reden, zonder hoofdletter en punt, voor lezen of schrijven. */
export function systeemReden(e: unknown, bij: "lezen" | "schrijven"): string {
  const code = systeemCode(e);
  const r = code === null ? undefined : REDENEN[code];
  if (r === undefined) return `een onverwachte fout van het besturingssysteem bij het ${bij}`;
  return typeof r === "string" ? r : r[bij];
}
