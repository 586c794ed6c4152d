/** The seed's greeting activity: the one place the quick demo does its "work". */
export async function greet(name: string): Promise<string> {
  return `Hello, ${name}!`;
}
