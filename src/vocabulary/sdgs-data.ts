// Data copied from the team research in shared/reference (see DOMAIN.md); edit both together.
export const SDGS = [
  {
    "nummer": 1,
    "naam": "Geen armoede",
    "kleur": "#E5243B"
  },
  {
    "nummer": 2,
    "naam": "Geen honger",
    "kleur": "#DDA63A"
  },
  {
    "nummer": 3,
    "naam": "Goede gezondheid en welzijn",
    "kleur": "#4C9F38"
  },
  {
    "nummer": 4,
    "naam": "Kwaliteitsonderwijs",
    "kleur": "#C5192D"
  },
  {
    "nummer": 5,
    "naam": "Gendergelijkheid",
    "kleur": "#FF3A21"
  },
  {
    "nummer": 6,
    "naam": "Schoon water en sanitair",
    "kleur": "#26BDE2"
  },
  {
    "nummer": 7,
    "naam": "Betaalbare en duurzame energie",
    "kleur": "#FCC30B"
  },
  {
    "nummer": 8,
    "naam": "Waardig werk en economische groei",
    "kleur": "#A21942"
  },
  {
    "nummer": 9,
    "naam": "Industrie, innovatie en infrastructuur",
    "kleur": "#FD6925"
  },
  {
    "nummer": 10,
    "naam": "Ongelijkheid verminderen",
    "kleur": "#DD1367"
  },
  {
    "nummer": 11,
    "naam": "Duurzame steden en gemeenschappen",
    "kleur": "#FD9D24"
  },
  {
    "nummer": 12,
    "naam": "Verantwoorde consumptie en productie",
    "kleur": "#BF8B2E"
  },
  {
    "nummer": 13,
    "naam": "Klimaatactie",
    "kleur": "#3F7E44"
  },
  {
    "nummer": 14,
    "naam": "Leven in het water",
    "kleur": "#0A97D9"
  },
  {
    "nummer": 15,
    "naam": "Leven op het land",
    "kleur": "#56C02B"
  },
  {
    "nummer": 16,
    "naam": "Vrede, justitie en sterke publieke diensten",
    "kleur": "#00689D"
  },
  {
    "nummer": 17,
    "naam": "Partnerschap om doelstellingen te bereiken",
    "kleur": "#19486A"
  }
] as const;
