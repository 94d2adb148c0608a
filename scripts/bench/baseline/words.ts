// The baseline's words, in French and in Arabic (right to left), bundled: flat keys, no nesting.
// Lengths are of the same order as the guide's own texts; the wording is the baseline's.

export const QUESTIONS = ['commune', 'need', 'health', 'renewal-card'] as const;
export type QuestionId = (typeof QUESTIONS)[number];

// The 36 communes of the Hauts-de-Seine, and "outside": 37 answers, like the guide's first question.
const COMMUNE_NAMES = [
  'Antony',
  'Asnières-sur-Seine',
  'Bagneux',
  'Bois-Colombes',
  'Boulogne-Billancourt',
  'Bourg-la-Reine',
  'Châtenay-Malabry',
  'Châtillon',
  'Chaville',
  'Clamart',
  'Clichy',
  'Colombes',
  'Courbevoie',
  'Fontenay-aux-Roses',
  'Garches',
  'Gennevilliers',
  'Issy-les-Moulineaux',
  'La Garenne-Colombes',
  'Le Plessis-Robinson',
  'Levallois-Perret',
  'Malakoff',
  'Marnes-la-Coquette',
  'Meudon',
  'Montrouge',
  'Nanterre',
  'Neuilly-sur-Seine',
  'Puteaux',
  'Rueil-Malmaison',
  'Saint-Cloud',
  'Sceaux',
  'Sèvres',
  'Suresnes',
  'Vanves',
  'Vaucresson',
  "Ville-d'Avray",
  'Villeneuve-la-Garenne',
];

/** Lower case, without accents: what both the ids and the search compare. */
export const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

export const COMMUNES = COMMUNE_NAMES.map((name) => ({ id: fold(name).replace(/[^a-z]+/g, '-'), name }));
export const OUTSIDE = 'outside';

/** The answers of each question other than the commune (which has COMMUNES and OUTSIDE). */
export const ANSWERS: Record<Exclude<QuestionId, 'commune'>, readonly string[]> = {
  need: ['first', 'renewal', 'change-status', 'ten-year', 'aes', 'judgment', 'other', 'follow-up'],
  health: ['yes', 'no'],
  'renewal-card': [
    'family',
    'family-reunification',
    'protection',
    'refugee',
    'visitor',
    'french-family',
    'eu',
    'au-pair',
    'after-studies',
    'worker',
    'student',
    'talent',
    'service-provider',
    'entrepreneur',
    'ten-year',
    'other',
  ],
};

const fr = {
  'language.label': 'Langue',
  'language.apply': 'Changer de langue',
  'start.title': 'Où déposer votre demande de titre de séjour ?',
  'start.intro':
    'Vous habitez les Hauts-de-Seine (92). Répondez à quelques questions, une par écran. À la fin, vous saurez comment faire votre démarche et par quel moyen, avec le bon lien.',
  'start.point1': 'Les réponses suivent le tableau publié par la préfecture, dont la ligne est indiquée.',
  'start.point2': "Ce guide n'est pas un service de l'État : il dit où déposer, pas si vous y avez droit.",
  'start.point3': 'Vos réponses restent sur votre appareil.',
  'start.button': 'Commencer',
  'start.duration': 'Environ 2 minutes, 4 questions.',
  'nav.back': 'Retour',
  'nav.continue': 'Continuer',
  'nav.progress': 'Question {{current}} sur {{total}}',
  'commune.search': 'Cherchez votre commune',
  'question.commune': 'Dans quelle commune habitez-vous ?',
  'question.need': 'Que souhaitez-vous faire ?',
  'question.health': 'Votre demande est-elle liée à votre santé ?',
  'question.renewal-card': 'Quelle mention porte la carte que vous renouvelez ?',
  'answer.commune.outside': 'Je n’habite pas les Hauts-de-Seine',
  'answer.need.first': 'Une première demande de titre de séjour',
  'answer.need.renewal': 'Renouveler ma carte, avec la même mention',
  'answer.need.change-status': 'Changer de mention',
  'answer.need.ten-year': 'Ma première carte de dix ans',
  'answer.need.aes': 'Une admission exceptionnelle au séjour',
  'answer.need.judgment': 'Faire exécuter un jugement',
  'answer.need.other': 'Une autre demande',
  'answer.need.follow-up': 'Savoir où en est mon dossier',
  'answer.health.yes': 'Oui, un titre de séjour pour soins',
  'answer.health.no': 'Non',
  'answer.renewal-card.family': 'Vie privée et familiale',
  'answer.renewal-card.family-reunification': 'Regroupement familial',
  'answer.renewal-card.protection': 'Protection subsidiaire ou apatride',
  'answer.renewal-card.refugee': 'Réfugié, carte de résident',
  'answer.renewal-card.visitor': 'Visiteur',
  'answer.renewal-card.french-family': "Parent, conjoint ou partenaire d'une personne française",
  'answer.renewal-card.eu': "Citoyen de l'Union européenne ou sa famille",
  'answer.renewal-card.au-pair': 'Au pair ou stagiaire',
  'answer.renewal-card.after-studies': 'Autorisation provisoire après les études',
  'answer.renewal-card.worker': 'Salarié ou travailleur temporaire',
  'answer.renewal-card.student': 'Étudiant',
  'answer.renewal-card.talent': 'Passeport talent',
  'answer.renewal-card.service-provider': 'Prestataire de service',
  'answer.renewal-card.entrepreneur': 'Entrepreneur ou profession libérale',
  'answer.renewal-card.ten-year': 'Une autre carte de dix ans',
  'answer.renewal-card.other': 'Une autre mention',
  'result.title': 'Prenez rendez-vous en ligne',
  'result.body':
    'Votre demande se dépose sur le site de la préfecture, après avoir pris rendez-vous. Préparez les pièces demandées avant le jour du rendez-vous.',
  'summary.heading': 'Vos réponses',
  'summary.change': 'Modifier',
};

export type WordKey = keyof typeof fr;

const ar: Record<WordKey, string> = {
  'language.label': 'اللغة',
  'language.apply': 'تغيير اللغة',
  'start.title': 'أين تقدّمون طلب تصريح الإقامة؟',
  'start.intro':
    'أنتم من سكان منطقة Hauts-de-Seine (92). أجيبوا عن بعض الأسئلة، سؤال واحد في كل شاشة. في النهاية ستعرفون كيف تقومون بإجرائكم وبأي وسيلة، مع الرابط الصحيح.',
  'start.point1': 'الإجابات تتبع الجدول الذي نشرته المحافظة، ونذكر السطر المستعمل منه.',
  'start.point2': 'هذا الدليل ليس خدمة من خدمات الدولة: يقول أين تقدّمون الطلب، لا هل لكم الحق فيه.',
  'start.point3': 'تبقى إجاباتكم على جهازكم.',
  'start.button': 'البدء',
  'start.duration': 'حوالي دقيقتين، 4 أسئلة.',
  'nav.back': 'رجوع',
  'nav.continue': 'متابعة',
  'nav.progress': 'السؤال {{current}} من {{total}}',
  'commune.search': 'ابحثوا عن بلديتكم',
  'question.commune': 'في أي بلدية تسكنون؟',
  'question.need': 'ماذا تريدون أن تفعلوا؟',
  'question.health': 'هل طلبكم مرتبط بصحتكم؟',
  'question.renewal-card': 'ما الصفة المكتوبة على البطاقة التي تجدّدونها؟',
  'answer.commune.outside': 'لا أسكن في Hauts-de-Seine',
  'answer.need.first': 'أول طلب لتصريح الإقامة',
  'answer.need.renewal': 'تجديد بطاقتي بالصفة نفسها',
  'answer.need.change-status': 'تغيير الصفة',
  'answer.need.ten-year': 'أول بطاقة لي لمدة عشر سنوات',
  'answer.need.aes': 'القبول الاستثنائي للإقامة',
  'answer.need.judgment': 'تنفيذ حكم قضائي',
  'answer.need.other': 'طلب آخر',
  'answer.need.follow-up': 'معرفة أين وصل ملفي',
  'answer.health.yes': 'نعم، تصريح إقامة للعلاج',
  'answer.health.no': 'لا',
  'answer.renewal-card.family': 'الحياة الخاصة والعائلية',
  'answer.renewal-card.family-reunification': 'التجمع العائلي',
  'answer.renewal-card.protection': 'الحماية الفرعية أو انعدام الجنسية',
  'answer.renewal-card.refugee': 'لاجئ، بطاقة مقيم',
  'answer.renewal-card.visitor': 'زائر',
  'answer.renewal-card.french-family': 'أب أو أم أو زوج أو شريك لشخص فرنسي',
  'answer.renewal-card.eu': 'مواطن من الاتحاد الأوروبي أو عائلته',
  'answer.renewal-card.au-pair': 'أو بير أو متدرّب',
  'answer.renewal-card.after-studies': 'رخصة مؤقتة بعد الدراسة',
  'answer.renewal-card.worker': 'أجير أو عامل مؤقت',
  'answer.renewal-card.student': 'طالب',
  'answer.renewal-card.talent': 'جواز المواهب',
  'answer.renewal-card.service-provider': 'مقدّم خدمات',
  'answer.renewal-card.entrepreneur': 'صاحب مشروع أو مهنة حرة',
  'answer.renewal-card.ten-year': 'بطاقة أخرى لمدة عشر سنوات',
  'answer.renewal-card.other': 'صفة أخرى',
  'result.title': 'احجزوا موعدًا عبر الإنترنت',
  'result.body': 'يُقدَّم طلبكم على موقع المحافظة بعد حجز موعد. جهّزوا الوثائق المطلوبة قبل يوم الموعد.',
  'summary.heading': 'إجاباتكم',
  'summary.change': 'تعديل',
};

export const LANGUAGES = [
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export const WORDS: Record<LanguageCode, Record<WordKey, string>> = { fr, ar };
