using Custos.Cedar.Ast;
using Custos.Cedar.Authorization;
using Custos.Cedar.Entities;

namespace Custos.Cedar.Evaluation;

/// <summary>Evaluates a single expression against a request and entities (for tools and tests; the authorizer compiles policies once).</summary>
public static class Evaluator
{
    public static EvaluationResult Evaluate(Expr expression, Request request, EntityStore entities)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(entities);
        var node = ExpressionCompiler.Compile(expression);
        var env = new EvaluationEnvironment(request.PrincipalValue, request.ActionValue, request.ResourceValue, request.Context, entities);
        var value = node.Evaluate(ref env);
        return new EvaluationResult(value, env.ErrorKind, env.ErrorMessage);
    }
}
