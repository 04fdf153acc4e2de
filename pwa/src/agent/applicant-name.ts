/** The name to recognise an application by: the applicant's name when the form asks for it. */
export function applicantName(answers: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const name = answers?.applicantName ?? answers?.name;
  return typeof name === 'string' && name.trim() ? name.trim() : undefined;
}
