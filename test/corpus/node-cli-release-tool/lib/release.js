import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import chalk from 'chalk'
import { execa } from 'execa'
import inquirer from 'inquirer'
import ora from 'ora'
import semver from 'semver'
import { suggestBump, renderChangelog } from './changelog.js'

export async function release(cwd, { dryRun, tag, yes }) {
  const pkgPath = join(cwd, 'package.json')
  const pkg = JSON.parse(await readFile(pkgPath, 'utf8'))
  const { stdout: lastTag } = await execa('git', ['describe', '--tags', '--abbrev=0'], { cwd, reject: false })
  const { stdout: log } = await execa('git', ['log', '--format=%s', lastTag ? `${lastTag}..HEAD` : 'HEAD'], { cwd })
  const commits = log.split('\n').filter(Boolean)
  const bump = suggestBump(commits)
  let next = semver.inc(pkg.version, bump)

  if (!yes) {
    const answer = await inquirer.prompt([
      { type: 'list', name: 'version', message: `Release ${pkg.name} as`, choices: [next, semver.inc(pkg.version, 'patch'), 'custom'] },
      { type: 'input', name: 'custom', message: 'Version', when: (a) => a.version === 'custom', validate: (v) => !!semver.valid(v) },
    ])
    next = answer.custom ?? answer.version
  }

  console.log(chalk.bold(`${pkg.version} → ${next}`))
  if (dryRun) return console.log(renderChangelog(next, commits))

  const spinner = ora('Writing changelog').start()
  const changelog = join(cwd, 'CHANGELOG.md')
  const previous = await readFile(changelog, 'utf8').catch(() => '')
  await writeFile(changelog, renderChangelog(next, commits) + previous)
  await writeFile(pkgPath, JSON.stringify({ ...pkg, version: next }, null, 2) + '\n')
  spinner.text = 'Tagging'
  await execa('git', ['commit', '-am', `release: v${next}`], { cwd })
  await execa('git', ['tag', `v${next}`], { cwd })
  spinner.text = 'Publishing'
  await execa('npm', ['publish', '--tag', tag], { cwd, stdio: 'inherit' })
  spinner.succeed(`Released v${next}`)
}
