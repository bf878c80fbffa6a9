/**
 * De tokenizer waarmee de gekleurde kopie elementgrenzen vindt (src/cli/pakket/xml.ts): wat hij niet
 * wijzigt, blijft teken voor teken staan.
 */
import { attributen, kinderen, ontsleutel, pasToe, tekst, wortel, XmlFout } from "../../src/pakket/xml";

describe("kinderen: de directe kinderen van de wortel, met hun grenzen", () => {
  test.each([
    ["gewone elementen", "<a><b/><c>x</c></a>", ["b", "c"]],
    ["voorvoegsel", '<x:a xmlns:x="u"><x:b/><x:c><x:d/></x:c></x:a>', ["b", "c"]],
    ["commentaar met een tag erin", "<a><!-- <b> --><c/></a>", ["c"]],
    ["CDATA met een eindtag erin", "<a><b><![CDATA[</a></b>]]></b><c/></a>", ["b", "c"]],
    ["attribuutwaarde met > en /> erin", '<a><b f="x>1" g=\'/>\'/><c/></a>', ["b", "c"]],
    ["proloog, PI en witruimte", '<?xml version="1.0"?>\r\n<!-- kop -->\n<a>\n  <?pi x?>\n  <b/>\n</a>', ["b"]],
    ["geneste elementen met dezelfde naam", "<a><b><b><b/></b></b><c/></a>", ["b", "c"]],
  ])("%s", (_naam, xml, verwacht) => {
    const w = wortel(xml);
    const k = kinderen(xml, w);
    expect(k.map((e) => e.lokaal)).toEqual(verwacht);
    // Grenzen: elk kind begint met "<naam" en eindigt na zijn eigen eindtag of "/>".
    for (const e of k) {
      expect(xml.slice(e.begin, e.begin + 1 + e.naam.length)).toBe(`<${e.naam}`);
      expect(xml.slice(e.einde - 2, e.einde) === "/>" || xml.slice(e.inhoudEinde, e.einde) === `</${e.naam}>`).toBe(true);
    }
  });
});

describe("attributen, tekst, ontsleutelen", () => {
  test.each([
    ["entiteiten", "&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos; &#65;&#x42;", "<a> & \"b\" 'c' AB"],
    ["geen entiteiten", "INDEX(PW_T_1,ROW(E4),COLUMN(E4))", "INDEX(PW_T_1,ROW(E4),COLUMN(E4))"],
  ])("%s", (_naam, invoer, verwacht) => {
    expect(ontsleutel(invoer)).toBe(verwacht);
  });

  test("attributen met beide soorten aanhalingstekens en een voorvoegsel", () => {
    const xml = `<sheet name="Verzuim &amp; co" sheetId='3' r:id="rId2"/>`;
    expect([...attributen(xml, wortel(xml))]).toEqual([
      ["name", "Verzuim & co"],
      ["sheetId", "3"],
      ["r:id", "rId2"],
    ]);
  });

  test("tekst met CDATA", () => {
    const xml = "<formula>A1&lt;3<![CDATA[&x]]></formula>";
    expect(tekst(xml, wortel(xml))).toBe("A1<3&x");
  });
});

describe("fouten en vervangingen", () => {
  test.each([
    ["niet afgesloten element", "<a><b></a>"],
    ["niet afgesloten attribuut", '<a b="x></a>'],
    ["geen wortel", "<?xml version='1.0'?>"],
  ])("%s geeft een XmlFout", (_naam, xml) => {
    expect(() => kinderen(xml, wortel(xml))).toThrow(XmlFout);
  });

  test("pasToe: invoegen en weghalen op de oorspronkelijke posities; overlap is een fout", () => {
    expect(pasToe("abcdef", [{ begin: 2, einde: 4, tekst: "" }, { begin: 6, einde: 6, tekst: "!" }, { begin: 0, einde: 0, tekst: ">" }])).toBe(">abef!");
    expect(() => pasToe("abcdef", [{ begin: 1, einde: 4, tekst: "" }, { begin: 3, einde: 5, tekst: "" }])).toThrow(XmlFout);
  });
});
