/** Organisations with the descriptions drafters attach to them, and people. */
export interface Org {
  name: string;
  /** How the preamble describes it after the name. */
  description: string;
  address: string;
}

export const UK_ORGS: Org[] = [
  { name: "Acme Widgets Limited", description: "a company incorporated in England and Wales with company number 04512876", address: "12 Fenchurch Street, London EC3M 3BY" },
  { name: "Greenfield Holdings plc", description: "a public limited company registered in England under number 01928374", address: "1 Canada Square, London E14 5AB" },
  { name: "Orchard Street Properties Ltd.", description: "a company registered in England and Wales (company no. 07781234)", address: "45 Orchard Street, Bristol BS1 5EH" },
  { name: "Harbour & Vale LLP", description: "a limited liability partnership registered in England and Wales with number OC398765", address: "3 Harbour Walk, Leeds LS1 4DE" },
  { name: "Caledonian Freight Limited", description: "a company incorporated in Scotland with registered number SC203344", address: "80 George Street, Edinburgh EH2 3BU" },
  { name: "Thistle Analytics Ltd", description: "a company incorporated and registered in Scotland with company number SC612009", address: "14 Bath Street, Glasgow G2 1HD" },
  { name: "Pennine Engineering Limited", description: "a company incorporated in England and Wales with company number 02233445", address: "Unit 7, Calder Park, Wakefield WF2 7AW" },
  { name: "Bramley Software Limited", description: "a company incorporated in England and Wales with company number 09876543", address: "22 Station Road, Cambridge CB1 2JD" },
];

export const US_ORGS: Org[] = [
  { name: "Northwind Traders, Inc.", description: "a Delaware corporation", address: "500 Fifth Avenue, New York, NY 10110" },
  { name: "Blue Harbor Capital LLC", description: "a New York limited liability company", address: "200 Park Avenue, New York, NY 10166" },
  { name: "Redwood Software Corporation", description: "a California corporation", address: "1 Market Street, San Francisco, CA 94105" },
  { name: "Lone Star Energy Partners, L.P.", description: "a Texas limited partnership", address: "1000 Main Street, Houston, TX 77002" },
  { name: "Sunrise Bank, N.A.", description: "a national banking association", address: "100 Federal Street, Boston, MA 02110" },
  { name: "Keystone Logistics Corp.", description: "a Delaware corporation", address: "2 Penn Plaza, Philadelphia, PA 19102" },
];

export const OTHER_ORGS: Org[] = [
  { name: "Kestrel Analytics Pte. Ltd.", description: "a company incorporated in Singapore with registration number 201912345K", address: "8 Marina View, Singapore 018960" },
  { name: "Müller Logistik GmbH", description: "a company organised under the laws of Germany", address: "Hafenstraße 12, 20457 Hamburg" },
  { name: "Jade Dragon Trading Limited", description: "a company incorporated in Hong Kong", address: "88 Queensway, Admiralty, Hong Kong" },
  { name: "Liffey Bio Services Limited", description: "a company incorporated in Ireland with registered number 612345", address: "2 Grand Canal Square, Dublin 2" },
];

export const PEOPLE = [
  { name: "Jane Elizabeth Doe", address: "14 Elm Grove, Leeds LS6 2AB", salutation: "Ms Doe" },
  { name: "Priya Natarajan", address: "9 Willow Lane, Reading RG1 3PQ", salutation: "Ms Natarajan" },
  { name: "Thomas O'Brien", address: "27 Harcourt Road, Dublin 2", salutation: "Mr O'Brien" },
  { name: "Michael Chen", address: "455 West 23rd Street, New York, NY 10011", salutation: "Mr. Chen" },
  { name: "Sofia Alvarez", address: "1201 Oak Avenue, Austin, TX 78701", salutation: "Ms. Alvarez" },
  { name: "David Kowalski", address: "6 Queen Street, Edinburgh EH2 1JE", salutation: "Mr Kowalski" },
  { name: "Amelia Hart", address: "31 Mill Road, Cambridge CB1 2AD", salutation: "Dr Hart" },
];
