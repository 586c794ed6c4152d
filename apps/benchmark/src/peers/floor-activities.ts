/** The greeting activity, as a hello-world worker has it. */
export async function greet(name: string): Promise<string> {
  return `Hello, ${name}!`;
}
