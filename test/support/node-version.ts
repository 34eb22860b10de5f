/** npm scripts run on the pinned Node 24 (devDependency "node"); anything older means the install is broken. */
export function assertSupportedNode(): void {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 12)) {
    throw new Error(
      `Node ${process.version} is too old for Astro 7. Run the tests with "npm test" so the project's pinned Node 24 is used.`,
    );
  }
}
