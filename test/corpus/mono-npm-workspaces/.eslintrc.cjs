module.exports = { root: true, parser: '@typescript-eslint/parser', extends: ['eslint:recommended'] }
