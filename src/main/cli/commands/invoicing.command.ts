/**
 * `andel invoicing`: the invoicing basis of a scenario (one row per member, invoice period and
 * component, in advance) as Excel, from its latest adopted snapshot unless `--draft`; logged in
 * the workspace like every export.
 */
import type { Command } from 'commander';
import { invoicingFrequencies, type InvoicingFrequency } from '../../../shared/api/channels/exports.channels';
import { AndelError, invalidField, refusedIssues } from '../../../shared/errors';
import { exportInvoicingFile } from '../../services/exports/invoicing-export.service';
import { asBadOption } from '../cli-error';
import type { CliIo } from '../cli-io';
import { checkOut, parseLanguage, reportWritten, scenarioExportOptions, scenarioSource, withWorkspace, type ScenarioExportOptions } from './annex.command';
import { commandDescription } from '../command-table';

interface Options extends ScenarioExportOptions {
  year?: string;
  frequency: string;
}

export function registerInvoicingCommand(program: Command, io: CliIo): void {
  scenarioExportOptions(program.command('invoicing').description(commandDescription('invoicing')))
    .option('--year <year>', 'only this year of the horizon (default: every year)')
    .option('--frequency <rule>', 'standard (management fee quarterly, the rest yearly), yearly or quarterly', 'standard')
    .action(async (file: string, options: Options) => {
      const language = parseLanguage(options.lang);
      if (!(invoicingFrequencies as readonly string[]).includes(options.frequency)) {
        throw asBadOption(invalidField('--frequency', 'error.option.frequency', { value: options.frequency, frequencies: invoicingFrequencies.join(', ') }));
      }
      let year: number | undefined;
      if (options.year !== undefined) {
        if (!/^\d{4}$/u.test(options.year)) throw asBadOption(invalidField('--year', 'error.option.yearSuchAs', { value: options.year, example: 2026 }));
        year = Number(options.year);
      }
      const out = checkOut(file, options.out, options.force);
      const written = await withWorkspace(file, async (db, path) => {
        const source = await scenarioSource(db, io, options);
        const input = { ...source, language, frequency: options.frequency as InvoicingFrequency, ...(year === undefined ? {} : { year }) };
        try {
          return await exportInvoicingFile(db, path, input, () => new Date(), { out, force: options.force });
        } catch (error) {
          // The service names its input field; on the command line it is the option.
          if (error instanceof AndelError && error.issues?.[0]?.path === 'year') throw refusedIssues([{ ...error.issues[0], path: '--year' }], 'error.option.invalid');
          throw error;
        }
      });
      reportWritten(io, 'invoicing', written, options.lang);
    });
}
