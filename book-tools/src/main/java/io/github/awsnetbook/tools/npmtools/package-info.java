/**
 * The npm packages the handouts' tests run (the Nu HTML Checker, axe-core), installed by the build
 * itself: {@code npm ci} from the folder's {@code package-lock.json} with the machine's npm, before
 * the tests, and only when {@code node_modules} does not already hold what the lock file pins.
 */
package io.github.awsnetbook.tools.npmtools;
