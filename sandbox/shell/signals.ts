// Control flow that unwinds the interpreter: break/continue, return, exit.

export class BreakSignal {
  constructor(
    public levels: number,
    readonly cont: boolean,
  ) {}
}
export class ReturnSignal {
  constructor(readonly status: number) {}
}
export class ExitSignal {
  constructor(readonly status: number) {}
}
