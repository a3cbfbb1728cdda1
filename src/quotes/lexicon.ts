// Word lists for quotation cues, speakers and channels. Lower case.

/** Verbs (as written) that introduce speech, direct or reported. */
export const SPEECH_VERBS = new Set(
  (
    'said says say saying stated states told tells added adds warned warns wrote writes asked asks ' +
    'explained explains insisted insists argued argues claimed claims noted notes declared declares ' +
    'announced announces replied replies continued continues urged urges stressed stresses emphasised ' +
    'emphasized emphasises emphasizes commented comments tweeted posted addressed admitted admits ' +
    'acknowledged confirmed confirms suggested suggests predicted predicts promised promises pledged ' +
    'vowed vows conceded concedes recalled recalls revealed reiterated reiterates repeated assured ' +
    'answered answers responded remarked observed maintained maintains contended contends believes ' +
    'believed thinks thought complained complains cautioned accused denied denies reported reports ' +
    'estimated estimates told'
  ).split(' '),
);

/** Speech verbs that take a that-clause or a bare clause as reported content. */
export const REPORTING_VERBS = new Set(
  (
    'said says say stated states told tells added adds warned warns warn wrote writes insisted insists insist argued argue claim suggest report believe admit deny ' +
    'argues claimed claims noted notes declared declares announced announces explained explains ' +
    'stressed stresses emphasised emphasized emphasises emphasizes admitted admits acknowledged ' +
    'confirmed confirms suggested suggests predicted predicts promised promises pledged vowed vows ' +
    'conceded concedes revealed reiterated reiterates assured maintained maintains contended ' +
    'complained complains cautioned denied denies reported reports believes thinks answered replied'
  ).split(' '),
);

export const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it']);

/** Titles written before a name. */
export const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'lord', 'lady', 'dame', 'baroness', 'prof', 'professor', 'rev', 'mr.', 'mrs.', 'ms.', 'dr.']);

/** Role nouns: words that name a speaker by office ("the prime minister", "a spokesman"). */
export const ROLE_WORDS = new Set(
  (
    'president prime minister ministers chancellor secretary leader leaders spokesman spokeswoman ' +
    'spokesperson spokespeople official officials head chief chairman chairwoman chair director general ' +
    'governor mayor ambassador envoy commander commanders adviser advisor advisers analyst analysts ' +
    'expert experts source sources premier king queen prince deputy shadow mp mps member members ' +
    'senator senators candidate campaigner campaigners economist economists aide aides lawyer ' +
    'lawyers prosecutor prosecutors judge police officer officers representative representatives ' +
    'ministry department office government party committee council agency army forces board ' +
    'union unions group groups report survey poll respondents critics opponents supporters voters ' +
    'people researchers scientists doctors author authors editor correspondent reporter ' +
    'vice foreign home defence defense interior finance justice health education affairs state ' +
    'general attorney speaker coordinator founder executive manager boss commissioner papers newspapers ' +
    'paper newspaper secretary-general prosecutor-general'
  ).split(' '),
);

/** Lower-case words allowed inside a speaker phrase. */
export const CONNECTORS = new Set(['of', 'for', 'the', 'a', 'an', 'and', 'to', 'at', 'de', 'von', 'van', 'al', 'bin', 'du', 'la', 'le', 'in', "'s", '’s']);

/** Adverbs that may sit between a speaker and the verb ("he also said"). */
export const SPEECH_ADVERBS = new Set(['only', 'not', 'could', 'did', 'does', 'may', 'might', 'must', 'should', 'can', 'also', 'later', 'then', 'previously', 'earlier', 'recently', 'again', 'once', 'further', 'repeatedly', 'yesterday', 'today', 'subsequently', 'has', 'had', 'have', 'will', 'would', 'reportedly', 'publicly', 'privately', 'openly']);

/** Labels that introduce a quotation in a caption ("Address by President ..."). */
export const CAPTION_CUES = /^(?:address|speech|statement|interview|briefing|communication|appeal|message|comment|remarks|video address|conversation|meeting)\b/i;

/** Vague sources of a claim ("experts say", "it is estimated", "reportedly"). Its words are listed in claim-keys.ts too. */
export const VAGUE_SOURCE = /\b(?:(?:some|many|most|several|other)\s+(?:experts|analysts|observers|officials|sources|critics|people|economists|scientists|reports)\s+(?:say|said|believe|believed|think|thought|claim|claimed|argue|argued|suggest|suggested|estimate|estimated|warn|warned)|(?:experts|analysts|observers|officials|sources|critics|economists|scientists|insiders|reports)\s+(?:say|said|believe|think|claim|argue|suggest|estimate|warn|warned|suggested|claimed)|it\s+is\s+(?:estimated|believed|thought|said|claimed|reported|understood|alleged|expected|rumoured|rumored|feared)|it\s+has\s+been\s+(?:estimated|reported|claimed|suggested|alleged)|reportedly|allegedly|according\s+to\s+(?:some|many|several|unnamed|anonymous|media|press)\s*(?:reports|sources|estimates|experts)?|sources\s+close\s+to|(?:is|are|was|were)\s+(?:believed|thought|said|estimated|reported|understood|alleged)\s+to)\b/i;
