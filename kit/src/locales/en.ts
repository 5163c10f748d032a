/** The kit's English strings (i18next namespace `kit`). */
import type { KitStrings } from './fr.js';

export const en: KitStrings = {
  brand: 'Citizen Barometer',
  headline: 'Your opinion counts!',
  question: 'How were you welcomed by our public services?',
  /** The survey's own button (widget/src/locales/en.ts `button.open`); kit/src/i18n.test.ts keeps them equal. */
  openSurvey: 'Give your opinion',
  action: 'Answer in 2 minutes',
  scan: 'Scan the code or go to',
  promise: 'Anonymous · no sign-up · no cookies',
  screen: {
    tap: 'Tap to answer',
    click: 'Click to give your opinion',
    address: 'Answer at',
    alt: '{{asset}} of the Citizen Barometer for {{name}}: “Your opinion counts! How were you welcomed by our public services?”. The survey is at {{url}}.',
    linkAlt: 'Give your opinion on how the public services of {{name}} welcomed you (Citizen Barometer, 2 minutes, anonymous)',
    snippetHelp:
      'HTML code to paste into your site or your signature: the link counts this item’s clicks. First upload the image {{image}} (in the ZIP), then replace “{{image}}” in the code with its full address. The 2× image still shows at {{width}} × {{height}} px and stays sharp on high-density screens.',
  },
  flyer: {
    asked: 'What you are asked',
    overall: 'One question: “Overall, how did it go?” Not well, OK or very well.',
    criteriaIntro: 'Then, if you wish, five points rated from 1 to 5:',
    criteria: {
      accessibilite: 'Reaching the service (opening hours, location, phone)',
      accueil: 'Welcome and courtesy',
      attente: 'Waiting time',
      efficacite: 'Effectiveness (clear answer, request handled)',
      'en-ligne': 'Online procedures',
    },
    why: 'Why?',
    whyText: 'Your answers show {{name}} what works and what must change in how its public services welcome people: they are used to improve it.',
    anonymous: 'Anonymous',
    anonymousText: 'No name, no sign-up, no cookies. In comments, e-mail addresses and phone numbers are masked before they are stored.',
    results: 'The results',
    resultsText: 'Published every month and compared with the département and the whole country, on the public dashboard:',
    answer: 'Answer in 2 minutes: {{url}}',
  },
  alt: '{{asset}} of the Citizen Barometer for {{name}}: “Your opinion counts! How were you welcomed by our public services?”. A QR code leads to the survey, also at {{url}}.',
  posts: {
    facebook:
      '📣 {{name}} wants to hear from you! Town hall, front desk, services: how were you welcomed? Give your opinion in 2 minutes, anonymously: {{url}}',
    linkedin:
      '{{name}} takes part in the Citizen Barometer, the national measure of how public services welcome people. Residents, partners, staff: your opinion helps us improve. The survey takes 2 minutes and is anonymous: {{url}}',
    x: 'How were you welcomed by the services of {{name}}? 2 minutes, anonymous: {{url}} #CitizenBarometer',
    instagram:
      'Your opinion counts! 🗳️ Tell us how you were welcomed by the services of {{name}}. 2 minutes, anonymous, link in bio ({{url}}). #CitizenBarometer #PublicService',
    bulletin:
      'Citizen Barometer: your opinion counts\n\n{{name}} takes part in the Citizen Barometer, which measures how well public services welcome people (ease of access, courtesy, waiting time, effectiveness, online procedures). Whether you came to the town hall, the library or phoned a service, tell us how you were received. The survey takes two minutes, is anonymous and needs no sign-up: {{url}}. Results are published every month and compared with the département and the whole country.',
  },
  readme: {
    title: 'Communication kit — {{name}}',
    intro:
      'This kit holds the materials that make the Citizen Barometer survey known. Each printed item has its own QR code; the screen items (banners, social images, story, signature) show the address in large type, and the banners and signature come with ready-to-paste HTML: the dashboard tells you which item brought answers.',
    files: 'Files',
    posts: 'Ready-to-post texts',
    alts: 'Alternative texts of the images (paste them into the “alt text” field of your site or social network)',
    snippets: 'HTML code of the banners and signature',
    snippetsIntro:
      'Each `.html` file holds the link to paste around the image: it opens the survey and counts this item’s clicks. First upload the `@2x` image (your site’s media library, or your e-mail software), then replace its name in the code with its full address. The width and height attributes keep the image at its size, sharp on high-density screens.',
    screens:
      'Screens: every image also comes at double resolution (`@2x.png`), sharper on phones; the story keeps its text clear of the areas Instagram and TikTok cover.',
    print:
      'Printing: each PDF has a finished size of A4, A3 or A5 (TrimBox), with 3 mm bleed on every side (BleedBox) into which the colour bands run; text and QR code stay inside a safe margin; fonts embedded; the A5 flyer is two-sided (2 pages). {{marks}} Print at 100%, without fitting to the page.',
    printMarks: {
      with: 'Crop marks at the four corners, outside the bleed.',
      without: 'No crop marks (ask for them: --crop-marks option, or the “Crop marks” box on the kit page).',
    },
  },
  results: {
    kicker: 'Citizen Barometer — your results',
    headline: 'You gave us {{score}}/10 — thank you!',
    detail: '{{answers}} opinions, {{period}} · {{percent}} of users satisfied',
    best: 'Best rated: {{criterion}} ({{score}}/10)',
    again: 'Keep giving us your opinion:',
    alt: '{{asset}} for {{name}}: “{{headline}}”',
  },
  networks: { facebook: 'Facebook', linkedin: 'LinkedIn', x: 'X (Twitter)', instagram: 'Instagram', bulletin: 'Council newsletter' },
};
