/** De zuivere kern: regels, datums en (later) lezer en beoordeling. Geen Office, DOM of I/O. */
export * from "./dagen";
export * from "./feestdagen";
export * from "./instellingen";
export * from "./instellingen-lezen";
export * from "./mijlpalen";
export * from "./problemen";
export * from "./tijdlijn";
export * as wet from "./wet";
export * from "./dossier";
export * from "./markering";
export * from "./pipeline";
export * as beoordeling from "./beoordeling";
export * as register from "./register";
