namespace Custos.Cedar.Authorization;

public enum Decision
{
    Deny,
    Allow,
}
