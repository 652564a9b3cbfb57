"""Start moto 5.2.5's server on localhost, with CloudFormation's termination protection filled in.

    .venv/bin/python src/emulators/moto_server.py -H localhost -p N

The arguments are moto_server's. moto 5.2.5 has no UpdateTerminationProtection (the call fails with
HTTP 500) and deletes a stack whatever its EnableTerminationProtection says. AWS's behaviour, as its
API reference and user guide give it: UpdateTerminationProtection sets the flag on a stack that
exists and answers its StackId; DeleteStack of a stack with the flag set fails with a ValidationError
that names the stack. If the pinned moto is not as this file expects, it exits 2 with one line on
stderr rather than serve an unpatched emulator.
"""
import sys

PINNED = "5.2.5"


def expect(condition, what):
    if not condition:
        raise RuntimeError(what)


def patch():
    from importlib.metadata import version

    expect(version("moto") == PINNED, f"moto {version('moto')} installed, {PINNED} expected")
    from moto.cloudformation.exceptions import ValidationError
    from moto.cloudformation.responses import CloudFormationResponse
    from moto.core.responses import ActionResult

    expect(not hasattr(CloudFormationResponse, "update_termination_protection"),
           "UpdateTerminationProtection already implemented")
    delete_stack = CloudFormationResponse.delete_stack

    def stack_of(response, name):
        stack = response.cloudformation_backend.get_stack(name)
        expect(hasattr(stack, "enable_termination_protection"), "Stack.enable_termination_protection")
        return stack

    def update_termination_protection(self):
        stack = stack_of(self, self._get_param("StackName"))
        stack.enable_termination_protection = str(self._get_param("EnableTerminationProtection")).lower() == "true"
        return ActionResult({"StackId": stack.stack_id})

    def protected_delete_stack(self):
        name = self._get_param("StackName")
        try:
            stack = stack_of(self, name)
        except ValidationError:
            return delete_stack(self)  # not there: as moto answers
        if stack.enable_termination_protection and stack.status != "DELETE_COMPLETE":
            raise ValidationError(message=f"Stack [{stack.name}] cannot be deleted while TerminationProtection "
                                          "is enabled")
        return delete_stack(self)

    CloudFormationResponse.update_termination_protection = update_termination_protection
    CloudFormationResponse.delete_stack = protected_delete_stack


def main():
    try:
        from moto.server import main as serve
        patch()
    except Exception as e:  # one line, non-zero: never run unpatched
        print(f"moto_server: moto {PINNED} not as expected, not started: {type(e).__name__}: {e}".replace("\n", " "),
              file=sys.stderr)
        sys.exit(2)
    serve(sys.argv[1:])


if __name__ == "__main__":
    main()
