import { VisuallyHidden } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../format/locales';
import { formatInteger, formatMoney } from '../../../shared/format/numbers';
import type { ChargeBand } from '../features/scenarios/studio-model';
import { compactMajor } from './chart-format';

/**
 * What members pay, for a consortium too large for a bar per member: one row per band of amounts
 * with how many members fall in it (a bar drawn to scale beside the count) and what they pay
 * together. It is a real table, so a screen reader reads the same bands, counts and totals.
 */
export const ChargeDistribution = memo(function ChargeDistribution({ bands, currency, language, height }: { bands: readonly ChargeBand[]; currency: string; language: Language; height: number }) {
  const { t } = useTranslation();
  const most = Math.max(1, ...bands.map((b) => b.count));
  const last = bands.length - 1;
  return (
    <div className="distribution" style={{ minHeight: height }}>
      <table className="distribution-table" data-testid="charge-distribution">
        <VisuallyHidden component="caption">{t('studio.charts.distributionCaption')}</VisuallyHidden>
        <thead>
          <tr>
            <th scope="col">{t('studio.charts.band')}</th>
            <th scope="col">{t('studio.charts.bandMembers')}</th>
            <th scope="col" className="num">
              {t('studio.charts.bandTotal')}
            </th>
          </tr>
        </thead>
        <tbody>
          {bands.map((band, i) => (
            <tr key={band.from} data-testid="distribution-band">
              <th scope="row" className="num">
                {/* The last band includes its upper end; the others stop just below it. */}
                {t(i === last ? 'studio.charts.bandRangeLast' : 'studio.charts.bandRange', { from: compactMajor(band.from, language), to: compactMajor(band.to, language) })}
              </th>
              <td>
                <div className="distribution-bar">
                  <span className="distribution-fill" style={{ width: `${(band.count / most) * 100}%` }} aria-hidden />
                  <span className="num">{formatInteger(band.count, language)}</span>
                </div>
              </td>
              <td className="num">{formatMoney(band.total, currency, language, { decimals: 'never' })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
