// Data copied from the team research in shared/reference (see DOMAIN.md); edit both together.
export const PARADIGMAS = [
  {
    "id": "rechtmatig",
    "label": "Rechtmatige overheid",
    "kort": "rechtmatig",
    "aliassen": [
      "rechtmatige overheid",
      "rechtmatige"
    ],
    "omschrijving": "De overheid bewaakt recht en gelijkheid. Regels, procedures en democratische besluitvorming bepalen wat er gebeurt; iedereen wordt op dezelfde manier behandeld.",
    "buren": [
      "presterend",
      "responsief"
    ]
  },
  {
    "id": "presterend",
    "label": "Presterende overheid",
    "kort": "presterend",
    "aliassen": [
      "presterende overheid",
      "presterende"
    ],
    "omschrijving": "De overheid levert diensten en resultaten. Ze stuurt op prestaties, kosten en kwaliteit, met heldere afspraken over wie wat levert.",
    "buren": [
      "rechtmatig",
      "samenwerkend"
    ]
  },
  {
    "id": "samenwerkend",
    "label": "Samenwerkende overheid",
    "kort": "samenwerkend",
    "aliassen": [
      "samenwerkende overheid",
      "samenwerkende",
      "netwerkend",
      "netwerkende overheid",
      "netwerkende"
    ],
    "omschrijving": "De overheid heeft een eigen opgave of doel en weet dat ze het niet alleen kan. Ze zoekt partners in de stad en werkt met hen samen in netwerken en co-creatie.",
    "buren": [
      "presterend",
      "responsief"
    ]
  },
  {
    "id": "responsief",
    "label": "Responsieve overheid",
    "kort": "responsief",
    "aliassen": [
      "responsieve overheid",
      "responsieve",
      "participerend",
      "participerende overheid",
      "participerende"
    ],
    "omschrijving": "Het initiatief ligt in de samenleving. De overheid sluit aan bij wat inwoners, ondernemers en organisaties zelf in gang zetten, denkt mee, maakt ruimte en faciliteert, ook buiten de bestaande kaders.",
    "buren": [
      "samenwerkend",
      "rechtmatig"
    ]
  }
] as const;

export const GERICHT = [
  {
    "id": "stad",
    "label": "Stadsgericht",
    "aliassen": [
      "stadsgericht",
      "extern",
      "buiten",
      "extern gericht"
    ],
    "omschrijving": "Gericht op de stad - initiatiefnemers, partners, inwoners en ondernemers."
  },
  {
    "id": "intern",
    "label": "Intern gericht",
    "aliassen": [
      "intern gericht",
      "binnen",
      "intern"
    ],
    "omschrijving": "Gericht op de eigen organisatie - besluitvorming, budgetten, collega's en procedures."
  }
] as const;

export const ROLLEN = [
  {
    "id": "adviseur",
    "label": "Adviseur",
    "gericht_standaard": "stad",
    "paradigmas_typisch": [
      "presterend",
      "samenwerkend"
    ],
    "omschrijving": "Geeft inhoudelijk advies over beleid, regels en mogelijkheden."
  },
  {
    "id": "projectleider",
    "label": "Projectleider",
    "gericht_standaard": "stad",
    "paradigmas_typisch": [
      "presterend",
      "samenwerkend"
    ],
    "omschrijving": "Trekt een project en houdt tijd, geld en resultaat in de gaten."
  },
  {
    "id": "programmeur",
    "label": "Programmeur",
    "gericht_standaard": "intern",
    "paradigmas_typisch": [
      "presterend"
    ],
    "omschrijving": "Stelt de programmering op van een beleidsveld (bijvoorbeeld de onderwijshuisvesting): welke projecten wanneer en met welk budget."
  },
  {
    "id": "financierder",
    "label": "Financierder",
    "aliassen": [
      "financier",
      "subsidieverstrekker"
    ],
    "gericht_standaard": "intern",
    "paradigmas_typisch": [
      "presterend",
      "rechtmatig"
    ],
    "omschrijving": "Zorgt voor of beslist mee over de financiering, binnen of buiten de reguliere geldstromen."
  },
  {
    "id": "toetser",
    "label": "Toetser",
    "gericht_standaard": "intern",
    "paradigmas_typisch": [
      "rechtmatig"
    ],
    "omschrijving": "Toetst plannen en aanvragen aan regels, voorwaarden en beleid."
  },
  {
    "id": "kwaliteitsbewaker",
    "label": "Kwaliteitsbewaker",
    "gericht_standaard": "intern",
    "paradigmas_typisch": [
      "rechtmatig",
      "presterend"
    ],
    "omschrijving": "Bewaakt de kwaliteit van proces en resultaat."
  },
  {
    "id": "partner",
    "label": "Partner",
    "gericht_standaard": "stad",
    "paradigmas_typisch": [
      "responsief",
      "samenwerkend"
    ],
    "omschrijving": "Trekt als gelijkwaardige partner op met de initiatiefnemer en zoekt mee naar oplossingen."
  },
  {
    "id": "verbinder",
    "label": "Verbinder",
    "gericht_standaard": "stad",
    "paradigmas_typisch": [
      "responsief",
      "samenwerkend"
    ],
    "omschrijving": "Brengt mensen, partijen en afdelingen bij elkaar, binnen en buiten de gemeente."
  },
  {
    "id": "procesbegeleider",
    "label": "Procesbegeleider",
    "aliassen": [
      "procesbegeleiding"
    ],
    "gericht_standaard": "intern",
    "paradigmas_typisch": [
      "samenwerkend",
      "responsief"
    ],
    "omschrijving": "Begeleidt het proces, vaak het interne besluitvormingsproces rond een initiatief."
  },
  {
    "id": "regisseur",
    "label": "Regisseur",
    "gericht_standaard": "stad",
    "paradigmas_typisch": [
      "samenwerkend"
    ],
    "omschrijving": "Houdt overzicht en stemt de inbreng van verschillende partijen op elkaar af."
  },
  {
    "id": "initiatiefnemer",
    "label": "Initiatiefnemer",
    "gericht_standaard": "stad",
    "paradigmas_typisch": [
      "responsief"
    ],
    "omschrijving": "Neemt het initiatief; meestal een partij uit de stad, soms de gemeente zelf."
  },
  {
    "id": "facilitator",
    "label": "Facilitator",
    "aliassen": [
      "faciliteerder"
    ],
    "gericht_standaard": "stad",
    "paradigmas_typisch": [
      "responsief"
    ],
    "omschrijving": "Maakt het initiatief van een ander mogelijk met ruimte, middelen of kennis, zonder het over te nemen."
  },
  {
    "id": "opdrachtgever",
    "label": "Opdrachtgever",
    "gericht_standaard": "intern",
    "paradigmas_typisch": [
      "presterend"
    ],
    "omschrijving": "Geeft opdracht en stelt kaders, budget en gewenst resultaat vast."
  }
] as const;

export const SESSIEROLLEN = [
  {
    "id": "toehoorder",
    "label": "Toehoorder",
    "omschrijving": "Luistert mee zonder bij de casus betrokken te zijn; doet vaak verslag en benoemt leerpunten."
  },
  {
    "id": "verslaglegger",
    "label": "Verslaglegger",
    "omschrijving": "Maakt het verslag van de bijeenkomst."
  }
] as const;
