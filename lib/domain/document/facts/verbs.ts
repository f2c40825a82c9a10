// A small verb lexicon: enough to turn "arrived" into "did … arrive" with confidence.
// Unknown -ed words are not guessed: callers fall back to a cloze instead.

const IRREGULAR: Record<string, [base: string, participle: string]> = {
  arose: ["arise", "arisen"], ate: ["eat", "eaten"], became: ["become", "become"], began: ["begin", "begun"],
  bought: ["buy", "bought"], broke: ["break", "broken"], brought: ["bring", "brought"], built: ["build", "built"],
  caught: ["catch", "caught"], chose: ["choose", "chosen"], came: ["come", "come"], dealt: ["deal", "dealt"],
  did: ["do", "done"], drew: ["draw", "drawn"], drove: ["drive", "driven"], fell: ["fall", "fallen"],
  felt: ["feel", "felt"], fled: ["flee", "fled"], flew: ["fly", "flown"], fought: ["fight", "fought"],
  found: ["find", "found"], forbade: ["forbid", "forbidden"], froze: ["freeze", "frozen"], gave: ["give", "given"],
  got: ["get", "got"], grew: ["grow", "grown"], had: ["have", "had"], held: ["hold", "held"], hid: ["hide", "hidden"],
  kept: ["keep", "kept"], knew: ["know", "known"], laid: ["lay", "laid"], led: ["lead", "led"], left: ["leave", "left"],
  lost: ["lose", "lost"], made: ["make", "made"], meant: ["mean", "meant"], met: ["meet", "met"],
  overcame: ["overcome", "overcome"], overtook: ["overtake", "overtaken"], paid: ["pay", "paid"], ran: ["run", "run"],
  rose: ["rise", "risen"], said: ["say", "said"], sank: ["sink", "sunk"], sat: ["sit", "sat"], saw: ["see", "seen"],
  sent: ["send", "sent"], shook: ["shake", "shaken"], sold: ["sell", "sold"], sought: ["seek", "sought"],
  spent: ["spend", "spent"], spoke: ["speak", "spoken"], stood: ["stand", "stood"], stole: ["steal", "stolen"],
  struck: ["strike", "struck"], swore: ["swear", "sworn"], taught: ["teach", "taught"], told: ["tell", "told"],
  took: ["take", "taken"], thought: ["think", "thought"], threw: ["throw", "thrown"], understood: ["understand", "understood"],
  undertook: ["undertake", "undertaken"], went: ["go", "gone"], withdrew: ["withdraw", "withdrawn"], won: ["win", "won"],
  wrote: ["write", "written"], upheld: ["uphold", "upheld"], wore: ["wear", "worn"], woke: ["wake", "woken"],
};

// Base forms of regular verbs common in historical and diplomatic prose.
const REGULAR = new Set(
  `accept achieve acknowledge add adopt agree aim allow announce appear apply appoint approve arrest arrive ask assault
  assist attack attempt attend award ban base battle board boost bolster burn call capture celebrate change charge
  claim close collapse commemorate complain complete conclude condemn confine confirm conquer consider contribute
  cooperate create decide declare defeat delay deliver demand deny deport deploy describe design destroy develop die
  discover discuss dissolve donate drop earn elect emerge emigrate employ enact encounter end engage enter escape
  establish evacuate exchange expand expel explain export express extend extradite face fail fax finance form found
  free fund gain grant guarantee help host immigrate implement import improve include increase injure inaugurate
  intend introduce invade invest invite join jump kidnap kill land last launch lift list live loot manage mark migrate
  mention move name negotiate nominate note obtain occupy occur offer open operate order organize organise participate
  pass place plan play pledge prepare present promote propose protest provide publish purchase raise ratify reach
  reaffirm receive recognize recognise reduce refuse register reject release remain remove rename reopen replace report
  request require rescue resign resolve respond restore resume retire return review sack sail save secure seize sign
  start state station stay step stop storm strengthen study succeed suffer supply support surrender suspend target
  terminate thank total trade train transfer travel triple turn unveil upgrade urge use vote visit wait welcome work
  settle cause contain harm host lodge liberate abolish abduct annex bomb block conduct contact cross decline deepen
  divide double enlarge ensure expire export fear follow gather govern halt inform inherit invite issue kidnap
  legalize look modernize murder need observe outline own perform permit possess post prohibit protect question rebel
  recall recover reform rule serve share ship sink strike succeed sue surpass survive sponsor tour treat try unite
  value view win witness worsen yield celebrate commence culminate flourish prosper emigrate repatriate intern
  imprison exile execute assassinate overthrow topple elect re-elect reelect hire finish mark ease loosen tighten relax
  simplify waive amend revise renew restart pause boycott sanction lower shift merge privatize nationalize greet honor
  honour mourn bury crown marry abdicate reign colonize recapture defend shell mediate debate convene chair preside
  address initial relocate lend loan borrow promise dispatch depart dock anchor normalize downgrade accredit confer
  decorate expand shrink arrange award form reopen reconcile visit remember enjoy play`
    .split(/\s+/)
    .filter(Boolean),
);

const AUXILIARIES = new Set(["was", "were", "is", "are", "has", "have", "had", "will", "would", "can", "could", "may", "might", "shall", "should", "must"]);

export interface VerbInfo {
  base: string;
  participle: string;
  tense: "past" | "present";
}

function regularBase(word: string): string | null {
  const w = word.toLowerCase();
  if (w.endsWith("ied") && REGULAR.has(`${w.slice(0, -3)}y`)) return `${w.slice(0, -3)}y`;
  if (w.endsWith("ed")) {
    const candidates = [w.slice(0, -2), w.slice(0, -1), w.slice(0, -3)];
    for (const c of candidates) if (c.length > 1 && REGULAR.has(c)) return c;
  }
  return null;
}

/** Simple-past verb ("arrived", "broke", "re-established") → its base and participle. */
export function pastTense(word: string): VerbInfo | null {
  const lower = word.toLowerCase();
  const hyphen = lower.lastIndexOf("-");
  if (hyphen > 0) {
    const inner = pastTense(lower.slice(hyphen + 1));
    if (!inner) return null;
    const prefix = lower.slice(0, hyphen + 1);
    return { base: prefix + inner.base, participle: prefix + inner.participle, tense: "past" };
  }
  const irregular = IRREGULAR[lower];
  if (irregular) return { base: irregular[0], participle: irregular[1], tense: "past" };
  const base = regularBase(lower);
  return base ? { base, participle: lower, tense: "past" } : null;
}

/** Third-person present ("celebrates", "marks") → base. */
export function presentTense(word: string): VerbInfo | null {
  const w = word.toLowerCase();
  if (!w.endsWith("s")) return null;
  const candidates = w.endsWith("ies") ? [`${w.slice(0, -3)}y`] : [w.slice(0, -1), w.slice(0, -2)];
  for (const c of candidates) {
    if (REGULAR.has(c)) return { base: c, participle: pastTense(`${c}ed`)?.participle ?? `${c}ed`, tense: "present" };
  }
  const irregularBase = Object.values(IRREGULAR).find(([b]) => candidates.includes(b));
  return irregularBase ? { base: irregularBase[0], participle: irregularBase[1], tense: "present" } : null;
}

export function isAuxiliary(word: string): boolean {
  return AUXILIARIES.has(word.toLowerCase());
}
