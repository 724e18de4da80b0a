/** What a 共生型地域交流拠点 is, in one sentence (from the city's page): the home page and every flyer. */
export const HUB_IN_ONE_LINE =
  '共生型地域交流拠点は、高齢の方も、子どもも、障害のある方も、地域のだれもが気軽に立ち寄れる常設の交流の場です。';
