/**
 * The order vitest starts test files in (vitest.config.ts). Vitest's own order runs the files that
 * took longest last time first, and without that record (a fresh clone, CI) the largest files
 * first. The files that take a minute or so each (Chromium, LibreOffice, the crash test, the
 * start path, the CLI in three languages) are often small — accessibility-sv.e2e.test.ts only
 * names a language — so on a fresh clone they started last and ran on alone at the end, two at a
 * time, while nothing else was left to share the cores with. Here they start first within their
 * project, and the short files fill in beside them.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const LONG_RUNNING: readonly RegExp[] = [/\/tests\/e2e\//u, /\.libreoffice\.test\.ts$/u, /\/tests\/reliability\/crash\.test\.ts$/u, /\/tests\/start\//u, /\/tests\/main\/cli\//u];

const longRunning = (file: TestSpecification): boolean => LONG_RUNNING.some((pattern) => pattern.test(file.moduleId.replaceAll('\\', '/')));

export class LongRunningFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // Vitest's order keeps each project's files together: within each, the long-running ones first,
    // each part in vitest's own order.
    const out: TestSpecification[] = [];
    let group: TestSpecification[] = [];
    const flush = (): void => {
      out.push(...group.filter(longRunning), ...group.filter((file) => !longRunning(file)));
      group = [];
    };
    for (const file of sorted) {
      if (group.length > 0 && group[0]?.project.name !== file.project.name) flush();
      group.push(file);
    }
    flush();
    return out;
  }
}
