// Log Analytics workspace and the workspace-based Application Insights component the Functions host reports to.

@description('Azure region.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Log Analytics workspace name.')
param workspaceName string

@description('Application Insights component name.')
param appInsightsName string

@description('Days Log Analytics keeps the logs.')
@minValue(30)
@maxValue(730)
param logRetentionDays int

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
  }
}

output appInsightsName string = appInsights.name
// The connection string holds the ingestion endpoint and the instrumentation key, an identifier rather than a
// credential (it grants no read access); it is the documented way to point the host at Application Insights.
output appInsightsConnectionString string = appInsights.properties.ConnectionString
