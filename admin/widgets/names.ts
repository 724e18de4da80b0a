/**
 * The widgets this project registers with Decap (admin/widgets/register.ts), by the
 * schema's `meta.widget`. Kept apart from the React components so the generated config
 * (and its tests) need no browser code.
 */
export const CUSTOM_WIDGETS = {
  time: 'ja-time',
  date: 'ja-date',
  month: 'ja-month',
  monthDay: 'ja-month-day',
  phone: 'ja-phone',
  decimal: 'ja-decimal',
  openDays: 'ja-open-days',
  weekdays: 'ja-weekdays',
} as const;

export type CustomWidget = keyof typeof CUSTOM_WIDGETS;

export function isCustomWidget(widget: string | undefined): widget is CustomWidget {
  return widget !== undefined && Object.hasOwn(CUSTOM_WIDGETS, widget);
}
