import type { OperatingMonth } from '../../schema/calendar';
import type { Hub } from '../../schema/hub';
import { dayClassifier, yearEndOf } from '../schedule/engine';
import { dayJa } from '../schedule/japaneseText';
import type { ClosedDay, YearEndPeriod } from '../schedule/types';

/** Why a day is closed without any 臨時休業, in words for staff. */
function closedBecause(day: ClosedDay, hub: Hub): string {
  switch (day.reason) {
    case 'holiday':
      return `祝日(${day.label ?? ''})で休み`;
    case 'yearEnd':
      return '年末年始の休み';
    default:
      return hub.schedule.kind === 'irregular' ? '運営日に入っていない日' : 'ふだんの休みの曜日';
  }
}

/**
 * A 臨時休業 on a day the hub is closed anyway, or a 特別開所 on a day it opens anyway: the
 * entry changes nothing for residents, so it is most likely the wrong date. One message per day.
 */
export function needlessCalendarDays(hub: Hub, month: OperatingMonth, defaults: YearEndPeriod): string[] {
  // The hub's days without this month's exceptions: its pattern, or the days it announced.
  const usual = dayClassifier({
    schedule: hub.schedule,
    months: [{ ...month, closures: [], specialOpenings: [] }],
    yearEnd: yearEndOf(hub.schedule, defaults),
  });
  const messages: string[] = [];
  for (const closure of month.closures) {
    const day = usual(closure.date);
    // On an unconfirmed year end, a 臨時休業 is how staff say the hub is closed: not needless.
    if (!day.open && day.reason !== 'yearEndUnconfirmed')
      messages.push(
        `${dayJa(closure.date)}の臨時休業: この日はもともと${closedBecause(day, hub)}です。日付が正しいか確かめてください。`,
      );
  }
  for (const special of month.specialOpenings) {
    if (usual(special.date).open)
      messages.push(
        `${dayJa(special.date)}の特別開所: この日はふだんどおり開所する日です。ふだん休みの日(祝日など)に開くときだけ登録します。日付が正しいか確かめてください。`,
      );
  }
  return messages;
}
