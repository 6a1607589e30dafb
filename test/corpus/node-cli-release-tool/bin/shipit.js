#!/usr/bin/env node
import { Command } from 'commander'
import { release } from '../lib/release.js'

const program = new Command()
program
  .name('shipit')
  .description('Cut a release of the package in the current directory')
  .option('--dry-run', 'show what would happen without changing anything')
  .option('--tag <dist-tag>', 'npm dist-tag to publish under', 'latest')
  .option('-y, --yes', 'accept the suggested version without asking')
  .action((options) => release(process.cwd(), options))

await program.parseAsync()
