import { builtinModules } from 'node:module';
import ts from 'typescript';

const nodeBuiltins = new Set(builtinModules);

function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || nodeBuiltins.has(specifier.split('/')[0] ?? specifier);
}

/**
 * What is wrong with the imports of one workflow source file: Node built-ins (workflow code runs in a
 * deterministic isolate) and value imports of the activities package (workflows take activities by type only).
 */
export function workflowImportViolations(fileName: string, source: string, activitiesPackage: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const violations: string[] = [];
  const report = (node: ts.Node, problem: string) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    violations.push(`${fileName}:${line + 1}: ${problem}`);
  };
  const visit = (node: ts.Node): void => {
    let specifier: string | undefined;
    let typeOnly = false;
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      specifier = node.moduleSpecifier.text;
      typeOnly = node.importClause?.isTypeOnly ?? false;
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      specifier = node.moduleSpecifier.text;
      typeOnly = node.isTypeOnly;
    } else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0]!)) {
      const callee = node.expression;
      if ((ts.isIdentifier(callee) && callee.text === 'require') || callee.kind === ts.SyntaxKind.ImportKeyword) {
        specifier = node.arguments[0].text;
      }
    }
    if (specifier !== undefined) {
      if (isNodeBuiltin(specifier)) report(node, `imports the Node built-in '${specifier}'`);
      if (!typeOnly && (specifier === activitiesPackage || specifier.startsWith(`${activitiesPackage}/`))) {
        report(node, `imports '${specifier}' by value (use \`import type\`)`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return violations;
}
