/**
 * The territories within an intercommunalité or a département, on its dashboard: one sortable
 * table per kind (communes; a département's intercommunalités too), from
 * `GET /v1/territories/:id/members` over the dashboard's months. Their answers are their own: the
 * group's figures above never include them, and the note says so. The members' figures count
 * every service and channel, so under a service or channel filter the note says that too.
 * @module
 */
import type { Member, Members } from '../../../survey/members.js';
import { count, INSUFFICIENT, percent, perThousandValue, score } from '../../../widget/src/results/format.js';
import { byId as $ } from '../dom.js';
import { membersGrid } from './members-grid.js';
import { scrollingTable } from './scrolling-table.js';

/** Rows shown before « Afficher les … »: a département has hundreds of communes. */
const FIRST_ROWS = 20;

type Column = 'name' | 'answers' | 'participation' | 'score' | 'rate';
const COLUMNS: { key: Column; label: string; numeric: boolean }[] = [
  { key: 'name', label: 'Nom', numeric: false },
  { key: 'answers', label: 'Réponses', numeric: true },
  { key: 'participation', label: 'Participation (pour 1\u202f000 hab.)', numeric: true },
  { key: 'score', label: 'Note sur 10', numeric: true },
  { key: 'rate', label: 'Part de «\u202fTrès bien\u202f»', numeric: true },
];

/** The value a column sorts on; suppressed and missing figures sort last whatever the order. */
function sortValue(member: Member, column: Column): number | string | null {
  switch (column) {
    case 'name':
      return member.territory.name;
    case 'answers':
      return member.answers;
    case 'participation':
      return member.participation;
    case 'score':
      return member.overall.score;
    case 'rate':
      return member.overall.rate;
  }
}

function cells(member: Member): string[] {
  return [
    member.territory.name,
    count(member.answers),
    member.participation === null ? '—' : perThousandValue(member.participation),
    // No answer at all: a dash, lighter to read down a column of hundreds than « Données insuffisantes ».
    member.answers === 0 ? '—' : member.overall.suppressed ? INSUFFICIENT : score(member.overall.score),
    member.answers === 0 ? '—' : member.overall.suppressed ? INSUFFICIENT : percent(member.overall.rate),
  ];
}

/** One table: a caption, headers that sort (aria-sort says how), the first rows and a button for the rest. */
function membersTable(caption: string, members: Member[], noun: string): HTMLElement {
  const wrapper = document.createElement('div');
  const { scroller, table } = scrollingTable(caption, 'members');
  const head = table.createTHead().insertRow();
  const body = table.createTBody();
  let sorted: { column: Column; descending: boolean } = { column: 'answers', descending: true };
  let expanded = members.length <= FIRST_ROWS;
  const more = Object.assign(document.createElement('button'), { type: 'button', className: 'secondary' });

  const render = () => {
    const rows = [...members].sort((a, b) => {
      const [x, y] = [sortValue(a, sorted.column), sortValue(b, sorted.column)];
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      const order = typeof x === 'string' ? x.localeCompare(String(y), 'fr') : x - Number(y);
      return (sorted.descending ? -order : order) || a.territory.name.localeCompare(b.territory.name, 'fr');
    });
    body.replaceChildren(
      ...rows.slice(0, expanded ? rows.length : FIRST_ROWS).map((member) => {
        const row = document.createElement('tr');
        cells(member).forEach((text, index) => {
          const cell = document.createElement(index === 0 ? 'th' : 'td');
          if (index === 0) cell.setAttribute('scope', 'row');
          // A link to the member's own dashboard, under its name.
          if (index === 0)
            cell.append(Object.assign(document.createElement('a'), { href: `/tableau-de-bord/${encodeURIComponent(member.territory.id)}`, textContent: text }));
          else cell.textContent = text;
          row.append(cell);
        });
        return row;
      }),
    );
    for (const [index, column] of COLUMNS.entries()) {
      const header = head.cells[index];
      header?.setAttribute('aria-sort', column.key === sorted.column ? (sorted.descending ? 'descending' : 'ascending') : 'none');
    }
    more.hidden = expanded;
    more.textContent = `Afficher les ${count(members.length)} ${noun}`;
  };

  for (const column of COLUMNS) {
    const header = document.createElement('th');
    header.scope = 'col';
    if (column.numeric) header.className = 'numeric';
    const button = Object.assign(document.createElement('button'), { type: 'button', textContent: column.label });
    button.addEventListener('click', () => {
      // A first click sorts names A to Z and figures highest first; a second click reverses.
      sorted = sorted.column === column.key ? { column: column.key, descending: !sorted.descending } : { column: column.key, descending: column.numeric };
      render();
    });
    header.append(button);
    head.append(header);
  }
  more.addEventListener('click', () => {
    expanded = true;
    render();
  });
  render();
  wrapper.append(scroller, more);
  return wrapper;
}

/** Fills the members' section of an EPCI's or a département's dashboard; leaves it hidden for a commune. */
export async function showMembers(territoryId: string, filters: { from: string; to: string; service: string; channel: string }): Promise<void> {
  const section = $('members');
  if (!/^(epci|departement):/.test(territoryId)) return;
  const query = new URLSearchParams({ from: filters.from, to: filters.to });
  const response = await fetch(`/v1/territories/${encodeURIComponent(territoryId)}/members?${query}`);
  if (!response.ok) {
    section.hidden = false;
    $('members-note').textContent = 'Les collectivités membres n’ont pas pu être chargées. Rechargez la page pour réessayer.';
    return;
  }
  const { data } = (await response.json()) as { data: Members };
  const isDepartement = data.territory.kind === 'departement';
  $('members-title').textContent = isDepartement ? 'Les communes et intercommunalités du département' : 'Les communes de l’intercommunalité';
  const withAnswers = data.communes.filter((member) => member.answers > 0).length;
  $('members-note').textContent = [
    `${count(withAnswers)} commune${withAnswers > 1 ? 's' : ''} sur ${count(data.communes.length)} ont des réponses sur la période, ${count(data.totals.communes.answers)} en tout.`,
    'Chaque collectivité a ses propres réponses\u202f: les chiffres ci-dessus ne comptent que celles données pour ' +
      (isDepartement ? 'le département' : 'l’intercommunalité') +
      ', pas celles de ses membres.',
    filters.service || filters.channel ? 'Ce tableau compte tous les services et tous les canaux (le filtre ne s’y applique pas).' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const tables = [membersTable(`Communes (${count(data.communes.length)})`, data.communes, 'communes')];
  // A département's communes at a glance too (an EPCI's few fit the table).
  if (isDepartement) tables.unshift(membersGrid(data.communes));
  if (isDepartement) tables.push(membersTable(`Intercommunalités (${count(data.epci.length)})`, data.epci, 'intercommunalités'));
  $('members-tables').replaceChildren(...tables);
  section.hidden = false;
}
