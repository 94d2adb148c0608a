// The open rules data (/rules.json), built from the same data as the guide and never by hand:
// the questions (machines/ids.ts and their French words), every route walked by machines/walk.ts
// and described by the outcome screen model (src/screen/outcome.ts), so that the routes are
// exactly docs/routes.csv's (scripts/routes.ts), the outcomes' content, the national rules, the
// communes and the change log. Format: ./schema.ts and docs/open-data.md.
import {
  ARRONDISSEMENTS,
  ANSWERS,
  COMMUNES_92,
  OUTCOME_IDS,
  QUESTION_IDS,
  communeById,
  type OutcomeId,
} from '../../machines/ids';
import { SAMPLE_COMMUNES, allRoutes } from '../../machines/walk';
import { changeEntries } from '../../src/changes/model';
import { CAVEATS, type CaveatId } from '../../src/content/caveats';
import { CHANGES } from '../../src/content/changes';
import { CHANNEL_IDS, CHANNELS } from '../../src/content/channels';
import { NATIONAL_RULES, nationalRuleOf, nationalText } from '../../src/content/national';
import { OUTCOME_RECORDS } from '../../src/content/outcomes';
import { SOURCES } from '../../src/content/sources';
import { STATUSES } from '../../src/content/status';
import { TARGETS, isEmail, targetText, type TargetId } from '../../src/content/targets';
import { describeOutcome, type CaveatModel, type OutcomeScreenModel } from '../../src/screen/outcome';
import { routeRows } from '../routes';
import { frenchIfAny, frenchText } from './french';
import type { RulesData } from './schema';

export const LICENCE = {
  name: 'Licence Ouverte / Open Licence 2.0 (Etalab)',
  url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
};

type Role = 'primary' | 'link' | 'caveat';

/** What the outcomes' screens show, gathered over every route that shows them. */
interface Gathered {
  caveats: Map<CaveatId, CaveatModel>;
  targets: Map<TargetId, Role>;
  primary: Set<TargetId>;
}

function targetOf(id: TargetId) {
  return {
    id,
    url: TARGETS[id],
    email: isEmail(id) ? targetText(id) : null,
    label: frenchText(`target.${id}`),
  };
}

/**
 * A caveat on a sous-préfecture route belongs to the request it replaces (its own screen shows the
 * same caveat, with the same words), except the sous-préfecture's own caveats.
 */
function ownerOf(screen: OutcomeScreenModel, caveat: CaveatId): OutcomeId {
  const { outcome, request } = screen.hooks;
  if (outcome !== 'sub-prefecture' || !request) return outcome;
  return OUTCOME_RECORDS['sub-prefecture'].caveats.includes(caveat) ? outcome : request;
}

function gather(screens: OutcomeScreenModel[]): Map<OutcomeId, Gathered> {
  const gathered = new Map<OutcomeId, Gathered>();
  const of = (outcome: OutcomeId) => {
    let entry = gathered.get(outcome);
    if (!entry) {
      entry = { caveats: new Map(), targets: new Map(), primary: new Set() };
      gathered.set(outcome, entry);
    }
    return entry;
  };
  for (const screen of screens) {
    const own = of(screen.hooks.outcome);
    own.primary.add(screen.primary.target);
    if (!own.targets.has(screen.primary.target)) own.targets.set(screen.primary.target, 'primary');
    for (const link of screen.links) if (!own.targets.has(link)) own.targets.set(link, 'link');
    for (const caveat of [...screen.warnings, ...screen.caveats]) {
      const owner = of(ownerOf(screen, caveat.id));
      const known = owner.caveats.get(caveat.id);
      if (known && frenchText(known.text) !== frenchText(caveat.text)) {
        throw new Error(`Caveat ${caveat.id} says two things on ${screen.hooks.outcome}'s routes`);
      }
      owner.caveats.set(caveat.id, caveat);
      if (caveat.link && !owner.targets.has(caveat.link)) owner.targets.set(caveat.link, 'caveat');
    }
  }
  return gathered;
}

function questions(): RulesData['questions'] {
  return QUESTION_IDS.map((question) => ({
    id: question,
    title: frenchText(`question.${question}.title`),
    titleTenYearBranch: question === 'renewal-card' ? frenchText('question.renewal-card.titleTenYear') : null,
    hint: frenchIfAny(`question.${question}.hint`),
    answers: (ANSWERS[question] as readonly string[]).map((answer) => {
      const commune = question === 'commune' ? communeById(answer) : undefined;
      return {
        id: answer,
        label: commune ? commune.name : frenchText(`answer.${question}.${answer}.label`),
        hint: commune ? null : frenchIfAny(`answer.${question}.${answer}.hint`),
      };
    }),
  }));
}

/** The rules data as published: see ./schema.ts for the format, docs/open-data.md for its meaning. */
export function buildRules(): RulesData {
  const walked = allRoutes();
  // `now` does not matter here ("mis à jour" is not published): a fixed one keeps builds identical.
  const screens = walked.map((route) =>
    describeOutcome({ answers: route.answers, trail: route.trail, resolution: route.resolution }, 0),
  );
  const rows = routeRows();
  const gathered = gather(screens);

  const routes: RulesData['routes'] = walked.map((route, i) => {
    const row = rows[i]!;
    const screen = screens[i]!;
    return {
      fragment: row.route,
      answers: route.steps.map(({ question, answer }) => ({ question, answer })),
      outcome: row.outcome,
      request: row.request || null,
      case: row.case || null,
      channel: row.channel,
      national: (row.national || null) as 'A' | 'B' | null,
      since: row.since || null,
      target: row.target,
      status: screen.source.status,
      caveats: [...screen.warnings, ...screen.caveats].map((caveat) => caveat.id),
    };
  });

  const inOrder = [...gathered].sort(([a], [b]) => OUTCOME_IDS.indexOf(a) - OUTCOME_IDS.indexOf(b));
  const outcomes: RulesData['outcomes'] = inOrder.map(([id, shown]) => {
    const record = OUTCOME_RECORDS[id];
    if (shown.primary.size !== 1) throw new Error(`${id} has ${shown.primary.size} primary targets`);
    const channelQuote =
      record.channelQuote === undefined ? CHANNELS[record.channel].quote : record.channelQuote;
    return {
      id,
      title: frenchText(`outcome.${id}.title`),
      channel: record.channel,
      primaryTarget: [...shown.primary][0]!,
      targets: [...shown.targets].map(([target, role]) => ({ ...targetOf(target), role })),
      request: record.request ?? null,
      channelQuote: channelQuote ?? null,
      rows: [...record.rows],
      caveats: [...shown.caveats.values()].map((caveat) => {
        const data = CAVEATS[caveat.id];
        return {
          id: caveat.id,
          text: frenchText(caveat.text),
          quote: 'quote' in data ? data.quote : null,
          tone: caveat.tone,
          beforeAction: 'beforeAction' in data,
          target: caveat.link,
        };
      }),
      status: record.status,
      national: nationalRuleOf(id)?.level ?? null,
      checkedOn: record.checkedOn,
    };
  });

  return {
    version: CHANGES[0].version,
    date: CHANGES[0].date,
    licence: LICENCE,
    language: 'fr',
    source: {
      publisher: 'Préfecture des Hauts-de-Seine',
      title: 'DEMARCHES POUR SOLLICITER UN TITRE DE SEJOUR',
      date: null,
      // Undated; its driving-licence row says « Depuis le 4 août 2020 » (docs/source/README.md).
      writtenAfter: '2020-08-04',
    },
    statuses: STATUSES.map((status) => ({
      id: status,
      label: frenchText(`overview.status.${status}`),
      meaning: frenchText(`overview.legend.${status}`),
    })),
    channels: CHANNEL_IDS.map((channel) => ({
      id: channel,
      label: frenchText(`overview.channel.${channel}`),
    })),
    questions: questions(),
    routes,
    outcomes,
    nationalRules: Object.entries(NATIONAL_RULES).map(([outcome, rule]) => ({
      outcome,
      level: rule.level,
      since: rule.since,
      basis: rule.basis,
      covers: frenchText(nationalText(outcome as OutcomeId, 'covers')),
      leavesOut: 'leavesOut' in rule ? frenchText(nationalText(outcome as OutcomeId, 'leavesOut')) : null,
      sources: rule.sources.map((source) => ({ id: source, ...SOURCES[source] })),
      checkedOn: rule.checkedOn,
    })),
    arrondissements: ARRONDISSEMENTS.map((arrondissement) => ({
      id: arrondissement,
      name: communeById(arrondissement)!.name,
      routeCommune: SAMPLE_COMMUNES.find(
        (commune) => communeById(commune)?.arrondissement === arrondissement,
      )!,
    })),
    communes: COMMUNES_92.map((commune) => ({
      id: commune.id,
      name: commune.name,
      insee: commune.insee,
      postalCodes: [...commune.postalCodes],
      arrondissement: commune.arrondissement,
    })),
    changes: changeEntries().map((entry) => ({
      ...entry,
      outcomes: [...entry.outcomes],
      questions: [...entry.questions],
      sources: entry.sources.map((source) =>
        source.kind === 'table' ? { ...source, rows: [...source.rows] } : source,
      ),
    })),
  };
}
