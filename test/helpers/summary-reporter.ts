import type { Reporter, TestModule } from 'vitest/node';

type Counts = { passed: number; failed: number; skipped: number };

function count(tests: Iterable<{ result(): { state: string } }>): Counts {
  const counts: Counts = { passed: 0, failed: 0, skipped: 0 };
  for (const test of tests) {
    const state = test.result().state;
    if (state === 'passed') counts.passed++;
    else if (state === 'failed') counts.failed++;
    else counts.skipped++;
  }
  return counts;
}

const line = (c: Counts) => `${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`;

/**
 * Prints, after the default reporter, one line per integration suite (so the log shows which
 * engines the storage contract ran on) and a plain closing line: `N passed, N failed`.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const suites: string[] = [];
    for (const module of modules) {
      if (!/\/test\/(integration|e2e)\//.test(module.moduleId)) continue;
      for (const suite of module.children.suites()) {
        suites.push(`  ${suite.name}: ${line(count(suite.children.allTests()))}`);
      }
    }
    const total = count(modules.flatMap((module) => [...module.children.allTests()]));
    console.log(['', 'Integration and browser suites:', ...suites, '', `Tests: ${line(total)}`].join('\n'));
  }
}
