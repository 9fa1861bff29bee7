/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ChangeMyPassword($input: ChangePasswordInput!) {\n    changeMyPassword(input: $input) {\n      id\n      mustChangePassword\n    }\n  }\n": typeof types.ChangeMyPasswordDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n      login\n      displayName\n      role\n      directorates\n      mustChangePassword\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      login\n      displayName\n      role\n      directorates\n      mustChangePassword\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation AddServiceMembership($input: AddServiceMembershipInput!, $confirmBackdated: Boolean) {\n    addServiceMembership(input: $input, confirmBackdated: $confirmBackdated) {\n      id\n    }\n  }\n": typeof types.AddServiceMembershipDocument,
    "\n  query AddServiceMembershipImpact($input: AddServiceMembershipInput!) {\n    addServiceMembershipImpact(input: $input) {\n      ...FigureChangeFields\n    }\n  }\n": typeof types.AddServiceMembershipImpactDocument,
    "\n  query AdminCommunes {\n    communes {\n      inseeCode\n      name\n    }\n  }\n": typeof types.AdminCommunesDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      login\n      displayName\n      role\n      directorates\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation EndServiceMembership($id: ID!, $validTo: Date!, $confirmBackdated: Boolean) {\n    endServiceMembership(id: $id, validTo: $validTo, confirmBackdated: $confirmBackdated) {\n      id\n      validTo\n    }\n  }\n": typeof types.EndServiceMembershipDocument,
    "\n  query EndServiceMembershipImpact($id: ID!, $validTo: Date!) {\n    endServiceMembershipImpact(id: $id, validTo: $validTo) {\n      ...FigureChangeFields\n    }\n  }\n": typeof types.EndServiceMembershipImpactDocument,
    "\n  query PersonalDataExport($search: String!) {\n    personalDataExport(search: $search) {\n      label\n      rows\n    }\n  }\n": typeof types.PersonalDataExportDocument,
    "\n  mutation AnonymisePastRetention {\n    anonymisePastRetention {\n      kind\n      cutoff\n      records\n    }\n  }\n": typeof types.AnonymisePastRetentionDocument,
    "\n  query ServiceMemberships($service: String!, $on: Date) {\n    serviceMemberships(service: $service, on: $on) {\n      id\n      service\n      option\n      validFrom\n      validTo\n      commune {\n        inseeCode\n        name\n      }\n    }\n  }\n": typeof types.ServiceMembershipsDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      displayName\n      role\n      directorates\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n": typeof types.SetUserActiveDocument,
    "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      temporaryPassword\n      user {\n        id\n        mustChangePassword\n      }\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  query Users {\n    users {\n      id\n      login\n      displayName\n      role\n      directorates\n      active\n      mustChangePassword\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation AddAdsConsultation($dossierId: ID!, $input: AddAdsConsultationInput!) {\n    addAdsConsultation(dossierId: $dossierId, input: $input) {\n      ...AdsDossierFields\n    }\n  }\n": typeof types.AddAdsConsultationDocument,
    "\n  mutation AddAdsMajoration($dossierId: ID!, $input: AddAdsMajorationInput!) {\n    addAdsMajoration(dossierId: $dossierId, input: $input) {\n      ...AdsDossierFields\n    }\n  }\n": typeof types.AddAdsMajorationDocument,
    "\n  query AdsActWeightsImpact($validFrom: Date!, $weights: [AdsActWeightInput!]!) {\n    adsActWeightsImpact(validFrom: $validFrom, weights: $weights) {\n      ...FigureChangeFields\n    }\n  }\n": typeof types.AdsActWeightsImpactDocument,
    "\n  query AdsActWeights($on: Date) {\n    adsActWeights(on: $on) {\n      dossierType\n      validFrom\n      weight\n    }\n    adsActWeightHistory {\n      validFrom\n      updatedBy\n      weights {\n        dossierType\n        weight\n      }\n    }\n  }\n": typeof types.AdsActWeightsDocument,
    "\n  query AdsDossierExport($filter: AdsDossierFilter, $sort: AdsSort, $format: AdsExportFormat) {\n    adsDossierExport(filter: $filter, sort: $sort, format: $format) {\n      filename\n      mimeType\n      base64\n    }\n  }\n": typeof types.AdsDossierExportDocument,
    "\n  fragment AdsDossierFields on AdsDossier {\n    id\n    version\n    number\n    initialNumber\n    type\n    communeInsee\n    communeName\n    depositedOn\n    channel\n    applicantKind\n    applicantName\n    landAddress\n    cadastralParcels\n    projectNature\n    floorAreaCreated\n    dwellingsCreated\n    tacitRefusalCase\n    instructorId\n    instructorName\n    status\n    statusOn\n    outcome\n    deadline\n    decidedOn\n    situation\n    tacitCertificateOn\n    piecesRequestedOn\n    piecesReceivedOn\n    completeOn\n    closedOn\n    docOn\n    daactOn\n    conformityOn\n    allowedActions\n    expressOutcomes\n    consultationsAllowed\n    computedDeadline {\n      baseMonths\n      months\n      completenessLimit\n      piecesRequestLate\n      state\n      startsOn\n      piecesDueOn\n      deadline\n      tacitOn\n      tacitOutcome\n      majorations {\n        id\n        kind\n        notifiedOn\n        applied\n        reason\n      }\n    }\n    consultations {\n      id\n      version\n      service\n      serviceDetail\n      sentOn\n      dueOn\n      opinion\n      effectiveOpinion\n      opinionOn\n      comment\n    }\n    events {\n      id\n      kind\n      eventOn\n      fromStatus\n      toStatus\n      actorLogin\n      summary\n      recordedAt\n    }\n  }\n": typeof types.AdsDossierFieldsFragmentDoc,
    "\n  query AdsDossier($id: ID!) {\n    adsDossier(id: $id) {\n      ...AdsDossierFields\n    }\n  }\n": typeof types.AdsDossierDocument,
    "\n  query AdsDossiers($filter: AdsDossierFilter, $sort: AdsSort, $offset: Int, $limit: Int) {\n    adsDossiers(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        id\n        number\n        type\n        communeInsee\n        communeName\n        depositedOn\n        channel\n        applicantName\n        status\n        outcome\n        deadline\n        decidedOn\n        situation\n        instructorId\n        instructorName\n      }\n    }\n  }\n": typeof types.AdsDossiersDocument,
    "\n  query AdsInstructors {\n    adsInstructors {\n      id\n      displayName\n      login\n    }\n  }\n": typeof types.AdsInstructorsDocument,
    "\n  query AdsQueueCounts($filter: AdsDossierFilter) {\n    adsQueueCounts(filter: $filter) {\n      queue\n      count\n    }\n  }\n": typeof types.AdsQueueCountsDocument,
    "\n  mutation AssignAdsDossiers($ids: [ID!]!, $instructorId: ID) {\n    assignAdsDossiers(ids: $ids, instructorId: $instructorId)\n  }\n": typeof types.AssignAdsDossiersDocument,
    "\n  mutation AssignAdsDossier($id: ID!, $instructorId: ID) {\n    assignAdsDossier(id: $id, instructorId: $instructorId) {\n      ...AdsDossierFields\n    }\n  }\n": typeof types.AssignAdsDossierDocument,
    "\n  mutation CreateAdsDossier($input: CreateAdsDossierInput!) {\n    createAdsDossier(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.CreateAdsDossierDocument,
    "\n  mutation ImportAdsDossiers($filename: String!, $base64: String!) {\n    importAdsDossiers(filename: $filename, base64: $base64) {\n      committed\n      imported\n      skipped\n      rejected\n      lines {\n        line\n        number\n        status\n        messages\n      }\n    }\n  }\n": typeof types.ImportAdsDossiersDocument,
    "\n  mutation RecordAdsOpinion($consultationId: ID!, $input: RecordAdsOpinionInput!) {\n    recordAdsOpinion(consultationId: $consultationId, input: $input) {\n      ...AdsDossierFields\n    }\n  }\n": typeof types.RecordAdsOpinionDocument,
    "\n  query AdsServiceMemberships($on: Date) {\n    serviceMemberships(service: \"ads\", on: $on) {\n      option\n      commune {\n        inseeCode\n        name\n      }\n    }\n  }\n": typeof types.AdsServiceMembershipsDocument,
    "\n  mutation TransitionAdsDossier($id: ID!, $input: AdsTransitionInput!) {\n    transitionAdsDossier(id: $id, input: $input) {\n      ...AdsDossierFields\n    }\n  }\n": typeof types.TransitionAdsDossierDocument,
    "\n  mutation UpdateAdsActWeights($validFrom: Date!, $weights: [AdsActWeightInput!]!, $confirmBackdated: Boolean) {\n    updateAdsActWeights(validFrom: $validFrom, weights: $weights, confirmBackdated: $confirmBackdated) {\n      dossierType\n      validFrom\n      weight\n    }\n  }\n": typeof types.UpdateAdsActWeightsDocument,
    "\n  mutation UpdateAdsDossier($id: ID!, $input: UpdateAdsDossierInput!) {\n    updateAdsDossier(id: $id, input: $input) {\n      ...AdsDossierFields\n    }\n  }\n": typeof types.UpdateAdsDossierDocument,
    "\n  query CrematoriumPlanning($day: Date!, $year: Int!) {\n    crematoriumLineLoad(year: $year) {\n      code\n      name\n      booked\n      available\n      utilisation\n    }\n    crematoriumLines {\n      code\n      name\n      slots\n      slotMinutes\n    }\n    crematoriumPlanning(day: $day) {\n      id\n      reference\n      lineCode\n      startsAt\n      kind\n      deceasedLastName\n      deceasedFirstNames\n      operatorName\n      ceremonyRoom\n      status\n    }\n  }\n": typeof types.CrematoriumPlanningDocument,
    "\n  query Cremation($id: ID!) {\n    cremation(id: $id) {\n      id\n      version\n      reference\n      lineName\n      startsAt\n      endsAt\n      cremationOn\n      kind\n      deceasedLastName\n      deceasedFirstNames\n      birthOn\n      deathAt\n      deathCommuneName\n      residenceCommuneName\n      operatorName\n      authorisationOn\n      authorisationCommune\n      prosthesisCertificate\n      ceremonyRoom\n      derogationRef\n      latestLegalDay\n      status\n      completedAt\n      cancelledAt\n      cancellationReason\n      ashesFate\n      ashesOn\n      ashesPerson\n      urnKeptUntil\n      scans {\n        id\n        scannedAt\n        result\n        objectType\n        authorisedBy\n        witnesses\n        familyInformedAt\n        openedAt\n        objectRemoved\n        delayMinutes\n        closedAt\n      }\n      reschedules {\n        fromLineCode\n        fromStartsAt\n        toLineCode\n        toStartsAt\n        reason\n        recordedByLogin\n        recordedAt\n      }\n    }\n    crematoriumLines {\n      code\n      name\n    }\n  }\n": typeof types.CremationDocument,
    "\n  mutation BookCremation($input: CrematoriumBookingInput!) {\n    bookCremation(input: $input) {\n      id\n    }\n  }\n": typeof types.BookCremationDocument,
    "\n  mutation RecordCrematoriumScan($input: CrematoriumScanInput!) {\n    recordCrematoriumScan(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordCrematoriumScanDocument,
    "\n  mutation RecordCrematoriumProtocol($input: CrematoriumProtocolInput!) {\n    recordCrematoriumProtocol(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordCrematoriumProtocolDocument,
    "\n  mutation CompleteCremation($input: CrematoriumCompleteInput!) {\n    completeCremation(input: $input) {\n      id\n    }\n  }\n": typeof types.CompleteCremationDocument,
    "\n  mutation RescheduleCremation($input: CrematoriumRescheduleInput!) {\n    rescheduleCremation(input: $input) {\n      id\n    }\n  }\n": typeof types.RescheduleCremationDocument,
    "\n  mutation CancelCremation($input: CrematoriumCancelInput!) {\n    cancelCremation(input: $input) {\n      id\n    }\n  }\n": typeof types.CancelCremationDocument,
    "\n  mutation RecordCrematoriumAshes($input: CrematoriumAshesInput!) {\n    recordCrematoriumAshes(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordCrematoriumAshesDocument,
    "\n  query CrematoriumKeptUrns($offset: Int!, $limit: Int!) {\n    crematoriumKeptUrns(offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        reference\n        deceasedLastName\n        deceasedFirstNames\n        operatorName\n        cremationOn\n        ashesOn\n        urnAlertOn\n        urnKeptUntil\n      }\n    }\n  }\n": typeof types.CrematoriumKeptUrnsDocument,
    "\n  query CrematoriumMetals {\n    crematoriumMetals {\n      weightKg\n      proceedsCents\n      allocatedCents\n      balanceCents\n      lots {\n        id\n        collectedOn\n        weightKg\n        buyer\n        proceedsCents\n      }\n      allocations {\n        id\n        allocatedOn\n        purpose\n        beneficiary\n        amountCents\n      }\n    }\n  }\n": typeof types.CrematoriumMetalsDocument,
    "\n  mutation RecordCrematoriumMetalLot($input: CrematoriumMetalLotInput!) {\n    recordCrematoriumMetalLot(input: $input) {\n      balanceCents\n    }\n  }\n": typeof types.RecordCrematoriumMetalLotDocument,
    "\n  mutation AllocateCrematoriumMetals($input: CrematoriumMetalAllocationInput!) {\n    allocateCrematoriumMetals(input: $input) {\n      balanceCents\n    }\n  }\n": typeof types.AllocateCrematoriumMetalsDocument,
    "\n  query DashboardAlarmRecords($key: String!, $offset: Int!, $limit: Int!) {\n    alarmRecords(key: $key, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        reference\n        label\n        detail\n        dueDate\n        path\n      }\n    }\n  }\n": typeof types.DashboardAlarmRecordsDocument,
    "\n  query DashboardAlarms($directorate: Directorate) {\n    alarms(directorate: $directorate) {\n      key\n      label\n      description\n      severity\n      total\n      preview {\n        id\n        reference\n        label\n        detail\n        dueDate\n        path\n      }\n    }\n  }\n": typeof types.DashboardAlarmsDocument,
    "\n  query DashboardExport($year: Int!, $directorate: Directorate, $asOf: Date, $format: IndicatorExportFormat!) {\n    indicatorReport(year: $year, directorate: $directorate, asOf: $asOf, format: $format) {\n      filename\n      mimeType\n      base64\n    }\n  }\n": typeof types.DashboardExportDocument,
    "\n  query Dashboard($year: Int!, $directorate: Directorate!, $asOf: Date, $seriesTo: Int!) {\n    indicators(year: $year, directorate: $directorate, asOf: $asOf) {\n      key\n      label\n      description\n      unit\n      directorate\n      kind\n      riseIs\n      year\n      value\n      previousValue\n      evolution\n      periodEnd\n      previousPeriodEnd\n      previousValueDeclared\n      declaredSource\n      drillable\n      breakdowns {\n        dimension\n        label\n        items {\n          member\n          label\n          value\n        }\n      }\n    }\n    indicatorSeries(to: $seriesTo, years: 8, directorate: $directorate) {\n      key\n      unit\n      points {\n        year\n        value\n        declared\n        source\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query DashboardOverview($year: Int!) {\n    indicators(year: $year) {\n      key\n      label\n      unit\n      directorate\n      kind\n      riseIs\n      year\n      value\n      previousValue\n      evolution\n      previousValueDeclared\n      declaredSource\n    }\n  }\n": typeof types.DashboardOverviewDocument,
    "\n  mutation AddFourriereVetAct($input: FourriereVetActInput!) {\n    addFourriereVetAct(input: $input) {\n      id\n    }\n  }\n": typeof types.AddFourriereVetActDocument,
    "\n  query FourriereAnimal($id: ID!) {\n    fourriereAnimal(id: $id) {\n      id\n      version\n      reference\n      species\n      origin\n      intakeAt\n      intakeOn\n      communeName\n      place\n      breed\n      sex\n      colour\n      estimatedAge\n      litterId\n      identificationKind\n      identificationNumber\n      healthNotes\n      contractorRef\n      requisitionRef\n      holdingEnd\n      cessionAllowedFrom\n      holdingStatus\n      daysInCustody\n      present\n      courtDecidedOn\n      courtRuling\n      courtDecision\n      recordedByLogin\n      outcome {\n        type\n        outcomeOn\n        ownerName\n        ownerContact\n        associationName\n        adopterName\n        reason\n        stayCostCents\n        recordedByLogin\n        recordedAt\n      }\n      ownerSearches {\n        id\n        doneOn\n        kind\n        result\n        ownerName\n        ownerPhone\n        ownerAddress\n        notes\n        recordedByLogin\n      }\n      vetActs {\n        id\n        actOn\n        kind\n        label\n        amountCents\n        notes\n        recordedByLogin\n      }\n      feesDue {\n        on\n        totalCents\n      }\n      payments {\n        id\n        paidOn\n        amountCents\n        method\n        receiptNumber\n        payerName\n      }\n    }\n  }\n": typeof types.FourriereAnimalDocument,
    "\n  query FourriereAnimals($filter: FourriereAnimalFilter!, $offset: Int, $limit: Int) {\n    fourriereAnimals(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        reference\n        species\n        origin\n        intakeAt\n        intakeOn\n        communeName\n        breed\n        colour\n        identificationKind\n        identificationNumber\n        holdingEnd\n        holdingStatus\n        daysInCustody\n        present\n        outcome {\n          type\n          outcomeOn\n        }\n      }\n    }\n  }\n": typeof types.FourriereAnimalsDocument,
    "\n  query FourriereBoardAlerts {\n    fourriereBoardAlerts {\n      endsToday\n      overdue\n      animals {\n        id\n        reference\n        species\n        breed\n        intakeOn\n        communeName\n        identificationKind\n        identificationNumber\n        holdingEnd\n        holdingStatus\n        daysInCustody\n      }\n    }\n  }\n": typeof types.FourriereBoardAlertsDocument,
    "\n  query FourriereCalendar {\n    fourriereCalendar {\n      inForce {\n        id\n        validFrom\n        workedHolidays\n        extraClosedDays\n        status\n        recordedByLogin\n        recordedAt\n      }\n      history {\n        id\n        validFrom\n        workedHolidays\n        extraClosedDays\n        status\n        recordedByLogin\n        recordedAt\n      }\n    }\n  }\n": typeof types.FourriereCalendarDocument,
    "\n  query FourriereCommunes {\n    communes {\n      inseeCode\n      name\n    }\n  }\n": typeof types.FourriereCommunesDocument,
    "\n  query FourriereOutcomeOptions($id: ID!, $on: Date!) {\n    fourriereAnimal(id: $id) {\n      id\n      allowedOutcomes(on: $on)\n      feesDue(on: $on) {\n        on\n        totalCents\n        tariffValidFrom\n        lines {\n          code\n          label\n          quantity\n          unitCents\n          amountCents\n        }\n      }\n    }\n  }\n": typeof types.FourriereOutcomeOptionsDocument,
    "\n  query FourriereSetup {\n    fourriereSetup {\n      key\n      blocking\n      message\n      path\n    }\n  }\n": typeof types.FourriereSetupDocument,
    "\n  query FourriereTariffs {\n    fourriereTariffs {\n      id\n      validFrom\n      species\n      captureCents\n      boardingPerDayCents\n      identificationCents\n      vetVisitCents\n      note\n      status\n      recordedByLogin\n      recordedAt\n    }\n  }\n": typeof types.FourriereTariffsDocument,
    "\n  mutation RecordFourriereCourtDecision($input: FourriereCourtDecisionInput!) {\n    recordFourriereCourtDecision(input: $input) {\n      id\n      courtRuling\n    }\n  }\n": typeof types.RecordFourriereCourtDecisionDocument,
    "\n  mutation RecordFourriereIntake($input: FourriereIntakeInput!) {\n    recordFourriereIntake(input: $input) {\n      id\n      reference\n    }\n  }\n": typeof types.RecordFourriereIntakeDocument,
    "\n  mutation RecordFourriereOutcome($input: FourriereOutcomeInput!) {\n    recordFourriereOutcome(input: $input) {\n      id\n      present\n    }\n  }\n": typeof types.RecordFourriereOutcomeDocument,
    "\n  mutation RecordFourriereOwnerSearch($input: FourriereOwnerSearchInput!) {\n    recordFourriereOwnerSearch(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordFourriereOwnerSearchDocument,
    "\n  mutation SetFourriereCalendar($input: FourriereCalendarInput!, $confirmBackdated: Boolean) {\n    setFourriereCalendar(input: $input, confirmBackdated: $confirmBackdated) {\n      inForce {\n        id\n        validFrom\n      }\n    }\n  }\n": typeof types.SetFourriereCalendarDocument,
    "\n  query FourriereCalendarImpact($input: FourriereCalendarInput!) {\n    fourriereCalendarImpact(input: $input) {\n      ...FigureChangeFields\n    }\n  }\n": typeof types.FourriereCalendarImpactDocument,
    "\n  mutation SetFourriereTariff($input: FourriereTariffInput!, $confirmBackdated: Boolean) {\n    setFourriereTariff(input: $input, confirmBackdated: $confirmBackdated) {\n      id\n      validFrom\n      species\n      status\n    }\n  }\n": typeof types.SetFourriereTariffDocument,
    "\n  query FourriereTariffImpact($input: FourriereTariffInput!) {\n    fourriereTariffImpact(input: $input) {\n      ...FigureChangeFields\n    }\n  }\n": typeof types.FourriereTariffImpactDocument,
    "\n  mutation DeclareIndicatorValue($key: String!, $year: Int!, $value: Float!, $source: String) {\n    declareIndicatorValue(key: $key, year: $year, value: $value, source: $source) {\n      key\n      year\n      value\n      previousValue\n      evolution\n      canDeclare\n      declaredSource\n    }\n  }\n": typeof types.DeclareIndicatorValueDocument,
    "\n  query IndicatorRecordsExport(\n    $key: String!\n    $year: Int!\n    $format: IndicatorExportFormat!\n    $dimension: String\n    $member: String\n    $asOf: Date\n    $sort: String\n    $descending: Boolean!\n  ) {\n    indicatorRecordsExport(\n      key: $key\n      year: $year\n      format: $format\n      dimension: $dimension\n      member: $member\n      asOf: $asOf\n      sort: $sort\n      descending: $descending\n    ) {\n      filename\n      mimeType\n      base64\n    }\n  }\n": typeof types.IndicatorRecordsExportDocument,
    "\n  query IndicatorRecords(\n    $key: String!\n    $year: Int!\n    $dimension: String\n    $member: String\n    $offset: Int!\n    $limit: Int!\n    $asOf: Date\n    $sort: String\n    $descending: Boolean!\n  ) {\n    indicatorRecords(\n      key: $key\n      year: $year\n      dimension: $dimension\n      member: $member\n      offset: $offset\n      limit: $limit\n      asOf: $asOf\n      sort: $sort\n      descending: $descending\n    ) {\n      columns {\n        key\n        label\n      }\n      rows\n      paths\n      total\n    }\n  }\n": typeof types.IndicatorRecordsDocument,
    "\n  query IndicatorReport($year: Int!, $directorate: Directorate) {\n    indicatorReport(year: $year, directorate: $directorate) {\n      filename\n      mimeType\n      base64\n    }\n  }\n": typeof types.IndicatorReportDocument,
    "\n  subscription IndicatorsChanged($directorate: Directorate) {\n    indicatorsChanged(directorate: $directorate) {\n      directorate\n      tables\n      time\n    }\n  }\n": typeof types.IndicatorsChangedDocument,
    "\n  query Indicators($year: Int!, $directorate: Directorate) {\n    indicators(year: $year, directorate: $directorate) {\n      key\n      label\n      description\n      unit\n      directorate\n      version\n      kind\n      riseIs\n      year\n      value\n      previousValue\n      evolution\n      canDeclare\n      declaredSource\n      drillable\n      breakdowns {\n        dimension\n        label\n        items {\n          member\n          label\n          value\n        }\n      }\n    }\n  }\n": typeof types.IndicatorsDocument,
    "\n  query AuditEntries($filter: AuditFilter) {\n    auditEntries(filter: $filter) {\n      total\n      items {\n        id\n        at\n        userLogin\n        entity\n        entityId\n        action\n        changes\n      }\n    }\n  }\n": typeof types.AuditEntriesDocument,
    "\n  mutation DepositPdlApml($input: PdlApmlDepositInput!) {\n    depositPdlApml(input: $input) {\n      id\n    }\n  }\n": typeof types.DepositPdlApmlDocument,
    "\n  query PdlApdDossiers($offset: Int, $limit: Int) {\n    pdlApdDossiers(offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        number\n        ownerName\n        street\n        communeName\n        dwellingsCount\n        receivedOn\n        tacitOn\n        outcome\n        finalApprovalOn\n      }\n    }\n  }\n": typeof types.PdlApdDossiersDocument,
    "\n  query PdlApdDossier($id: ID!) {\n    pdlApdDossier(id: $id) {\n      id\n      version\n      number\n      ownerName\n      street\n      communeName\n      dwellingsCount\n      receivedOn\n      tacitOn\n      outcome\n      decidedOn\n      finalApprovalOn\n      anahJoint\n    }\n  }\n": typeof types.PdlApdDossierDocument,
    "\n  mutation DepositPdlApd($input: PdlApdDepositInput!) {\n    depositPdlApd(input: $input) {\n      id\n    }\n  }\n": typeof types.DepositPdlApdDocument,
    "\n  mutation DecidePdlApd($input: PdlApdDecideInput!) {\n    decidePdlApd(input: $input) {\n      id\n      version\n      outcome\n    }\n  }\n": typeof types.DecidePdlApdDocument,
    "\n  mutation ApprovePdlApdWorks($input: PdlApdStepInput!) {\n    approvePdlApdWorks(input: $input) {\n      id\n      version\n      finalApprovalOn\n    }\n  }\n": typeof types.ApprovePdlApdWorksDocument,
    "\n  query PdlApmlDossier($id: ID!) {\n    pdlApmlDossier(id: $id) {\n      id\n      version\n      number\n      ownerKind\n      ownerName\n      ownerContact\n      street\n      communeName\n      dwellingType\n      surfaceM2\n      floor\n      rooms\n      lettingContext\n      depositedOn\n      receivedOn\n      decisionDeadline\n      tacitOn\n      tacitInDays\n      urgency\n      status\n      outcome\n      completeOn\n      visitPlannedOn\n      inspector\n      visitedOn\n      visitNotes\n      defects {\n        category\n        severity\n        description\n      }\n      decision\n      decidedOn\n      reasons\n      works\n      anahJoint\n    }\n  }\n": typeof types.PdlApmlDossierDocument,
    "\n  query PdlApmlDossiers($filter: PdlApmlFilter!, $offset: Int, $limit: Int) {\n    pdlApmlDossiers(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        number\n        ownerName\n        street\n        communeName\n        receivedOn\n        tacitOn\n        tacitInDays\n        urgency\n        status\n      }\n    }\n  }\n": typeof types.PdlApmlDossiersDocument,
    "\n  mutation CompletePdlApml($input: PdlApmlStepInput!) {\n    completePdlApml(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.CompletePdlApmlDocument,
    "\n  mutation PlanPdlVisit($input: PdlPlanVisitInput!) {\n    planPdlVisit(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.PlanPdlVisitDocument,
    "\n  mutation RecordPdlVisit($input: PdlRecordVisitInput!) {\n    recordPdlVisit(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.RecordPdlVisitDocument,
    "\n  mutation DecidePdlApml($input: PdlDecideInput!) {\n    decidePdlApml(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.DecidePdlApmlDocument,
    "\n  query PdlPerimeters {\n    pdlPerimeters {\n      id\n      communeInsee\n      communeName\n      kind\n      streets\n      validFrom\n      validTo\n    }\n  }\n": typeof types.PdlPerimetersDocument,
    "\n  query PdlContacts($offset: Int, $limit: Int) {\n    pdlContacts(offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        contactOn\n        channel\n        personType\n        subject\n        purpose\n        recordedByLogin\n      }\n    }\n  }\n": typeof types.PdlContactsDocument,
    "\n  mutation RecordPdlContact($input: PdlContactInput!) {\n    recordPdlContact(input: $input)\n  }\n": typeof types.RecordPdlContactDocument,
    "\n  query PdlControlBatches($offset: Int, $limit: Int) {\n    pdlControlBatches(offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        fileName\n        receivedOn\n        importedByLogin\n        addresses\n        filedAfterContact\n      }\n    }\n  }\n": typeof types.PdlControlBatchesDocument,
    "\n  mutation ImportPdlControlBatch($input: PdlControlImportInput!) {\n    importPdlControlBatch(input: $input) {\n      imported\n      lines\n      errors {\n        line\n        message\n      }\n    }\n  }\n": typeof types.ImportPdlControlBatchDocument,
    "\n  query PdlScheme {\n    serviceMemberships(service: \"permis_louer\") {\n      id\n      validFrom\n      validTo\n      commune {\n        inseeCode\n        name\n      }\n    }\n    pdlPerimeters {\n      id\n      communeInsee\n      communeName\n      kind\n      streets\n      publishedOn\n      validFrom\n      validTo\n      membershipId\n    }\n  }\n": typeof types.PdlSchemeDocument,
    "\n  mutation CreatePdlPerimeter($input: PdlPerimeterInput!, $confirmBackdated: Boolean) {\n    createPdlPerimeter(input: $input, confirmBackdated: $confirmBackdated)\n  }\n": typeof types.CreatePdlPerimeterDocument,
    "\n  query PdlPerimeterImpact($input: PdlPerimeterInput!) {\n    pdlPerimeterImpact(input: $input) {\n      ...FigureChangeFields\n    }\n  }\n": typeof types.PdlPerimeterImpactDocument,
    "\n  query PdlAllCommunes {\n    communes {\n      inseeCode\n      name\n    }\n  }\n": typeof types.PdlAllCommunesDocument,
    "\n  query PdlSanctions($filter: PdlSanctionFilter!, $offset: Int, $limit: Int) {\n    pdlSanctions(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        ownerName\n        street\n        communeName\n        offence\n        foundOn\n        authority\n        stage\n        amount\n      }\n    }\n  }\n": typeof types.PdlSanctionsDocument,
    "\n  query PdlSanction($id: ID!) {\n    pdlSanction(id: $id) {\n      id\n      version\n      ownerName\n      street\n      communeName\n      offence\n      foundOn\n      authority\n      maxFine\n      reportedOn\n      observationsInvitedOn\n      orderedOn\n      amount\n      revenueOrderOn\n      paidOn\n      stage\n    }\n  }\n": typeof types.PdlSanctionDocument,
    "\n  mutation RecordPdlOffence($input: PdlOffenceInput!) {\n    recordPdlOffence(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordPdlOffenceDocument,
    "\n  mutation RecordPdlSanctionStep($input: PdlSanctionStepInput!) {\n    recordPdlSanctionStep(input: $input) {\n      id\n      version\n      stage\n    }\n  }\n": typeof types.RecordPdlSanctionStepDocument,
    "\n  query PretCatalogue {\n    pretKinds {\n      id\n      name\n      unit\n      stockToday\n    }\n    communes {\n      inseeCode\n      name\n    }\n  }\n": typeof types.PretCatalogueDocument,
    "\n  query PretPlanning($from: Date!, $to: Date!) {\n    pretPlanning(from: $from, to: $to) {\n      kindId\n      kindName\n      unit\n      days {\n        day\n        stock\n        booked\n        available\n        short\n      }\n    }\n  }\n": typeof types.PretPlanningDocument,
    "\n  mutation CreatePretRequest($input: PretRequestInput!) {\n    createPretRequest(input: $input) {\n      id\n    }\n  }\n": typeof types.CreatePretRequestDocument,
    "\n  mutation ApprovePretRequest($input: PretApproveInput!) {\n    approvePretRequest(input: $input) {\n      ...PretRequestFields\n    }\n  }\n": typeof types.ApprovePretRequestDocument,
    "\n  mutation RefusePretRequest($input: PretRefuseInput!) {\n    refusePretRequest(input: $input) {\n      ...PretRequestFields\n    }\n  }\n": typeof types.RefusePretRequestDocument,
    "\n  mutation AdvancePretRequest($input: PretAdvanceInput!) {\n    advancePretRequest(input: $input) {\n      ...PretRequestFields\n    }\n  }\n": typeof types.AdvancePretRequestDocument,
    "\n  mutation RecordPretReturn($input: PretReturnInput!) {\n    recordPretReturn(input: $input) {\n      ...PretRequestFields\n    }\n  }\n": typeof types.RecordPretReturnDocument,
    "\n  fragment PretRequestFields on PretRequest {\n    id\n    communeInsee\n    communeName\n    eventName\n    eventPlace\n    startOn\n    endOn\n    handover\n    status\n    partial\n    requestedOn\n    answeredOn\n    refusalReason\n    returnedOn\n    version\n    lines {\n      kindId\n      kindName\n      unit\n      requested\n      approved\n      returned\n      missing\n      damaged\n    }\n  }\n": typeof types.PretRequestFieldsFragmentDoc,
    "\n  query PretRequest($id: ID!) {\n    pretRequest(id: $id) {\n      ...PretRequestFields\n    }\n    pretAvailability(requestId: $id) {\n      kindId\n      requested\n      available\n    }\n  }\n": typeof types.PretRequestDocument,
    "\n  query PretRequests($status: PretStatus, $offset: Int!, $limit: Int!) {\n    pretRequests(status: $status, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        communeName\n        eventName\n        startOn\n        endOn\n        handover\n        status\n        partial\n        lines {\n          kindId\n          kindName\n          requested\n          approved\n        }\n      }\n    }\n  }\n": typeof types.PretRequestsDocument,
    "\n  query PretStock($kindId: ID, $offset: Int!, $limit: Int!) {\n    pretKinds {\n      id\n      name\n      unit\n      stockToday\n    }\n    pretStockMovements(kindId: $kindId, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        kindName\n        movedOn\n        movement\n        quantity\n        costCents\n        notes\n        recordedByLogin\n      }\n    }\n  }\n": typeof types.PretStockDocument,
    "\n  mutation CreatePretKind($input: PretKindInput!) {\n    createPretKind(input: $input) {\n      id\n    }\n  }\n": typeof types.CreatePretKindDocument,
    "\n  mutation RecordPretStockMovement($input: PretStockMovementInput!) {\n    recordPretStockMovement(input: $input)\n  }\n": typeof types.RecordPretStockMovementDocument,
    "\n  query PretRepairs($openOnly: Boolean!, $offset: Int!, $limit: Int!) {\n    pretRepairs(openOnly: $openOnly, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        kindName\n        requestId\n        quantity\n        cause\n        openedOn\n        closedOn\n        outcome\n        hours\n        costCents\n        version\n      }\n    }\n  }\n": typeof types.PretRepairsDocument,
    "\n  mutation ClosePretRepair($input: PretRepairCloseInput!) {\n    closePretRepair(input: $input) {\n      id\n    }\n  }\n": typeof types.ClosePretRepairDocument,
    "\n  query PretInterventions($offset: Int!, $limit: Int!) {\n    pretInterventions(offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        service\n        kind\n        doneOn\n        agentCount\n        hours\n        notes\n      }\n    }\n  }\n": typeof types.PretInterventionsDocument,
    "\n  mutation RecordPretIntervention($input: PretInterventionInput!) {\n    recordPretIntervention(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordPretInterventionDocument,
    "\n  query PretWeek($from: Date!) {\n    pretWeek(from: $from) {\n      day\n      moment\n      action\n      request {\n        id\n        communeName\n        eventName\n        eventPlace\n        status\n        lines {\n          kindId\n          kindName\n          unit\n          requested\n          approved\n        }\n      }\n    }\n  }\n": typeof types.PretWeekDocument,
    "\n  query ReportYear($year: Int!) {\n    reportYear(year: $year) {\n      year\n      status\n      version\n      closedAt\n      closedBy\n      progress {\n        status\n        count\n      }\n      parts {\n        id\n        position\n        title\n        chapters {\n          id\n          position\n          title\n          directorate\n          status\n          canWrite\n        }\n      }\n    }\n  }\n": typeof types.ReportYearDocument,
    "\n  query ReportChapter($id: ID!) {\n    reportChapter(id: $id) {\n      id\n      year\n      title\n      directorate\n      highlights\n      outlook\n      status\n      reviewComment\n      version\n      canWrite\n    }\n    reportChapterFigures(id: $id) {\n      key\n      label\n      unit\n      value\n      previousValue\n      declared\n      source\n      frozen\n    }\n  }\n": typeof types.ReportChapterDocument,
    "\n  query ReportDrift($year: Int!) {\n    reportDrift(year: $year) {\n      key\n      label\n      unit\n      frozenValue\n      liveValue\n      computedAt\n      acknowledged\n    }\n  }\n": typeof types.ReportDriftDocument,
    "\n  mutation OpenReportYear($year: Int!) {\n    openReportYear(year: $year) {\n      year\n    }\n  }\n": typeof types.OpenReportYearDocument,
    "\n  mutation MoveReportChapter($id: ID!, $partId: ID!, $position: Int!) {\n    moveReportChapter(id: $id, partId: $partId, position: $position) {\n      year\n    }\n  }\n": typeof types.MoveReportChapterDocument,
    "\n  mutation AddReportChapter($partId: ID!, $input: ReportChapterStructureInput!) {\n    addReportChapter(partId: $partId, input: $input) {\n      year\n    }\n  }\n": typeof types.AddReportChapterDocument,
    "\n  mutation RemoveReportChapter($id: ID!) {\n    removeReportChapter(id: $id) {\n      year\n    }\n  }\n": typeof types.RemoveReportChapterDocument,
    "\n  mutation RenameReportPart($id: ID!, $title: String!) {\n    renameReportPart(id: $id, title: $title) {\n      year\n    }\n  }\n": typeof types.RenameReportPartDocument,
    "\n  mutation SaveReportChapterText($id: ID!, $input: ReportChapterTextInput!) {\n    saveReportChapterText(id: $id, input: $input) {\n      id\n      status\n      version\n      highlights\n      outlook\n    }\n  }\n": typeof types.SaveReportChapterTextDocument,
    "\n  mutation SubmitReportChapter($id: ID!) {\n    submitReportChapter(id: $id) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.SubmitReportChapterDocument,
    "\n  mutation ReviewReportChapter($id: ID!, $decision: ReportReviewDecision!, $comment: String) {\n    reviewReportChapter(id: $id, decision: $decision, comment: $comment) {\n      id\n      status\n      version\n      reviewComment\n    }\n  }\n": typeof types.ReviewReportChapterDocument,
    "\n  mutation CloseReportYear($year: Int!, $expectedVersion: Int!) {\n    closeReportYear(year: $year, expectedVersion: $expectedVersion) {\n      year\n      status\n      version\n    }\n  }\n": typeof types.CloseReportYearDocument,
    "\n  mutation ReopenReportYear($year: Int!, $reason: String!) {\n    reopenReportYear(year: $year, reason: $reason) {\n      year\n      status\n      version\n    }\n  }\n": typeof types.ReopenReportYearDocument,
    "\n  mutation AcknowledgeReportDrift($year: Int!, $key: String!) {\n    acknowledgeReportDrift(year: $year, key: $key) {\n      key\n      acknowledged\n    }\n  }\n": typeof types.AcknowledgeReportDriftDocument,
    "\n  query Directorates {\n    directorates {\n      key\n      label\n      hasModule\n      canWrite\n      canDeclare\n    }\n  }\n": typeof types.DirectoratesDocument,
    "\n  fragment FigureChangeFields on FigureChange {\n    indicatorKey\n    label\n    year\n    before\n    after\n  }\n": typeof types.FigureChangeFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  mutation ChangeMyPassword($input: ChangePasswordInput!) {\n    changeMyPassword(input: $input) {\n      id\n      mustChangePassword\n    }\n  }\n": types.ChangeMyPasswordDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n      login\n      displayName\n      role\n      directorates\n      mustChangePassword\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      login\n      displayName\n      role\n      directorates\n      mustChangePassword\n    }\n  }\n": types.MeDocument,
    "\n  mutation AddServiceMembership($input: AddServiceMembershipInput!, $confirmBackdated: Boolean) {\n    addServiceMembership(input: $input, confirmBackdated: $confirmBackdated) {\n      id\n    }\n  }\n": types.AddServiceMembershipDocument,
    "\n  query AddServiceMembershipImpact($input: AddServiceMembershipInput!) {\n    addServiceMembershipImpact(input: $input) {\n      ...FigureChangeFields\n    }\n  }\n": types.AddServiceMembershipImpactDocument,
    "\n  query AdminCommunes {\n    communes {\n      inseeCode\n      name\n    }\n  }\n": types.AdminCommunesDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      login\n      displayName\n      role\n      directorates\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation EndServiceMembership($id: ID!, $validTo: Date!, $confirmBackdated: Boolean) {\n    endServiceMembership(id: $id, validTo: $validTo, confirmBackdated: $confirmBackdated) {\n      id\n      validTo\n    }\n  }\n": types.EndServiceMembershipDocument,
    "\n  query EndServiceMembershipImpact($id: ID!, $validTo: Date!) {\n    endServiceMembershipImpact(id: $id, validTo: $validTo) {\n      ...FigureChangeFields\n    }\n  }\n": types.EndServiceMembershipImpactDocument,
    "\n  query PersonalDataExport($search: String!) {\n    personalDataExport(search: $search) {\n      label\n      rows\n    }\n  }\n": types.PersonalDataExportDocument,
    "\n  mutation AnonymisePastRetention {\n    anonymisePastRetention {\n      kind\n      cutoff\n      records\n    }\n  }\n": types.AnonymisePastRetentionDocument,
    "\n  query ServiceMemberships($service: String!, $on: Date) {\n    serviceMemberships(service: $service, on: $on) {\n      id\n      service\n      option\n      validFrom\n      validTo\n      commune {\n        inseeCode\n        name\n      }\n    }\n  }\n": types.ServiceMembershipsDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      displayName\n      role\n      directorates\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n": types.SetUserActiveDocument,
    "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      temporaryPassword\n      user {\n        id\n        mustChangePassword\n      }\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  query Users {\n    users {\n      id\n      login\n      displayName\n      role\n      directorates\n      active\n      mustChangePassword\n    }\n  }\n": types.UsersDocument,
    "\n  mutation AddAdsConsultation($dossierId: ID!, $input: AddAdsConsultationInput!) {\n    addAdsConsultation(dossierId: $dossierId, input: $input) {\n      ...AdsDossierFields\n    }\n  }\n": types.AddAdsConsultationDocument,
    "\n  mutation AddAdsMajoration($dossierId: ID!, $input: AddAdsMajorationInput!) {\n    addAdsMajoration(dossierId: $dossierId, input: $input) {\n      ...AdsDossierFields\n    }\n  }\n": types.AddAdsMajorationDocument,
    "\n  query AdsActWeightsImpact($validFrom: Date!, $weights: [AdsActWeightInput!]!) {\n    adsActWeightsImpact(validFrom: $validFrom, weights: $weights) {\n      ...FigureChangeFields\n    }\n  }\n": types.AdsActWeightsImpactDocument,
    "\n  query AdsActWeights($on: Date) {\n    adsActWeights(on: $on) {\n      dossierType\n      validFrom\n      weight\n    }\n    adsActWeightHistory {\n      validFrom\n      updatedBy\n      weights {\n        dossierType\n        weight\n      }\n    }\n  }\n": types.AdsActWeightsDocument,
    "\n  query AdsDossierExport($filter: AdsDossierFilter, $sort: AdsSort, $format: AdsExportFormat) {\n    adsDossierExport(filter: $filter, sort: $sort, format: $format) {\n      filename\n      mimeType\n      base64\n    }\n  }\n": types.AdsDossierExportDocument,
    "\n  fragment AdsDossierFields on AdsDossier {\n    id\n    version\n    number\n    initialNumber\n    type\n    communeInsee\n    communeName\n    depositedOn\n    channel\n    applicantKind\n    applicantName\n    landAddress\n    cadastralParcels\n    projectNature\n    floorAreaCreated\n    dwellingsCreated\n    tacitRefusalCase\n    instructorId\n    instructorName\n    status\n    statusOn\n    outcome\n    deadline\n    decidedOn\n    situation\n    tacitCertificateOn\n    piecesRequestedOn\n    piecesReceivedOn\n    completeOn\n    closedOn\n    docOn\n    daactOn\n    conformityOn\n    allowedActions\n    expressOutcomes\n    consultationsAllowed\n    computedDeadline {\n      baseMonths\n      months\n      completenessLimit\n      piecesRequestLate\n      state\n      startsOn\n      piecesDueOn\n      deadline\n      tacitOn\n      tacitOutcome\n      majorations {\n        id\n        kind\n        notifiedOn\n        applied\n        reason\n      }\n    }\n    consultations {\n      id\n      version\n      service\n      serviceDetail\n      sentOn\n      dueOn\n      opinion\n      effectiveOpinion\n      opinionOn\n      comment\n    }\n    events {\n      id\n      kind\n      eventOn\n      fromStatus\n      toStatus\n      actorLogin\n      summary\n      recordedAt\n    }\n  }\n": types.AdsDossierFieldsFragmentDoc,
    "\n  query AdsDossier($id: ID!) {\n    adsDossier(id: $id) {\n      ...AdsDossierFields\n    }\n  }\n": types.AdsDossierDocument,
    "\n  query AdsDossiers($filter: AdsDossierFilter, $sort: AdsSort, $offset: Int, $limit: Int) {\n    adsDossiers(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        id\n        number\n        type\n        communeInsee\n        communeName\n        depositedOn\n        channel\n        applicantName\n        status\n        outcome\n        deadline\n        decidedOn\n        situation\n        instructorId\n        instructorName\n      }\n    }\n  }\n": types.AdsDossiersDocument,
    "\n  query AdsInstructors {\n    adsInstructors {\n      id\n      displayName\n      login\n    }\n  }\n": types.AdsInstructorsDocument,
    "\n  query AdsQueueCounts($filter: AdsDossierFilter) {\n    adsQueueCounts(filter: $filter) {\n      queue\n      count\n    }\n  }\n": types.AdsQueueCountsDocument,
    "\n  mutation AssignAdsDossiers($ids: [ID!]!, $instructorId: ID) {\n    assignAdsDossiers(ids: $ids, instructorId: $instructorId)\n  }\n": types.AssignAdsDossiersDocument,
    "\n  mutation AssignAdsDossier($id: ID!, $instructorId: ID) {\n    assignAdsDossier(id: $id, instructorId: $instructorId) {\n      ...AdsDossierFields\n    }\n  }\n": types.AssignAdsDossierDocument,
    "\n  mutation CreateAdsDossier($input: CreateAdsDossierInput!) {\n    createAdsDossier(input: $input) {\n      id\n      number\n    }\n  }\n": types.CreateAdsDossierDocument,
    "\n  mutation ImportAdsDossiers($filename: String!, $base64: String!) {\n    importAdsDossiers(filename: $filename, base64: $base64) {\n      committed\n      imported\n      skipped\n      rejected\n      lines {\n        line\n        number\n        status\n        messages\n      }\n    }\n  }\n": types.ImportAdsDossiersDocument,
    "\n  mutation RecordAdsOpinion($consultationId: ID!, $input: RecordAdsOpinionInput!) {\n    recordAdsOpinion(consultationId: $consultationId, input: $input) {\n      ...AdsDossierFields\n    }\n  }\n": types.RecordAdsOpinionDocument,
    "\n  query AdsServiceMemberships($on: Date) {\n    serviceMemberships(service: \"ads\", on: $on) {\n      option\n      commune {\n        inseeCode\n        name\n      }\n    }\n  }\n": types.AdsServiceMembershipsDocument,
    "\n  mutation TransitionAdsDossier($id: ID!, $input: AdsTransitionInput!) {\n    transitionAdsDossier(id: $id, input: $input) {\n      ...AdsDossierFields\n    }\n  }\n": types.TransitionAdsDossierDocument,
    "\n  mutation UpdateAdsActWeights($validFrom: Date!, $weights: [AdsActWeightInput!]!, $confirmBackdated: Boolean) {\n    updateAdsActWeights(validFrom: $validFrom, weights: $weights, confirmBackdated: $confirmBackdated) {\n      dossierType\n      validFrom\n      weight\n    }\n  }\n": types.UpdateAdsActWeightsDocument,
    "\n  mutation UpdateAdsDossier($id: ID!, $input: UpdateAdsDossierInput!) {\n    updateAdsDossier(id: $id, input: $input) {\n      ...AdsDossierFields\n    }\n  }\n": types.UpdateAdsDossierDocument,
    "\n  query CrematoriumPlanning($day: Date!, $year: Int!) {\n    crematoriumLineLoad(year: $year) {\n      code\n      name\n      booked\n      available\n      utilisation\n    }\n    crematoriumLines {\n      code\n      name\n      slots\n      slotMinutes\n    }\n    crematoriumPlanning(day: $day) {\n      id\n      reference\n      lineCode\n      startsAt\n      kind\n      deceasedLastName\n      deceasedFirstNames\n      operatorName\n      ceremonyRoom\n      status\n    }\n  }\n": types.CrematoriumPlanningDocument,
    "\n  query Cremation($id: ID!) {\n    cremation(id: $id) {\n      id\n      version\n      reference\n      lineName\n      startsAt\n      endsAt\n      cremationOn\n      kind\n      deceasedLastName\n      deceasedFirstNames\n      birthOn\n      deathAt\n      deathCommuneName\n      residenceCommuneName\n      operatorName\n      authorisationOn\n      authorisationCommune\n      prosthesisCertificate\n      ceremonyRoom\n      derogationRef\n      latestLegalDay\n      status\n      completedAt\n      cancelledAt\n      cancellationReason\n      ashesFate\n      ashesOn\n      ashesPerson\n      urnKeptUntil\n      scans {\n        id\n        scannedAt\n        result\n        objectType\n        authorisedBy\n        witnesses\n        familyInformedAt\n        openedAt\n        objectRemoved\n        delayMinutes\n        closedAt\n      }\n      reschedules {\n        fromLineCode\n        fromStartsAt\n        toLineCode\n        toStartsAt\n        reason\n        recordedByLogin\n        recordedAt\n      }\n    }\n    crematoriumLines {\n      code\n      name\n    }\n  }\n": types.CremationDocument,
    "\n  mutation BookCremation($input: CrematoriumBookingInput!) {\n    bookCremation(input: $input) {\n      id\n    }\n  }\n": types.BookCremationDocument,
    "\n  mutation RecordCrematoriumScan($input: CrematoriumScanInput!) {\n    recordCrematoriumScan(input: $input) {\n      id\n    }\n  }\n": types.RecordCrematoriumScanDocument,
    "\n  mutation RecordCrematoriumProtocol($input: CrematoriumProtocolInput!) {\n    recordCrematoriumProtocol(input: $input) {\n      id\n    }\n  }\n": types.RecordCrematoriumProtocolDocument,
    "\n  mutation CompleteCremation($input: CrematoriumCompleteInput!) {\n    completeCremation(input: $input) {\n      id\n    }\n  }\n": types.CompleteCremationDocument,
    "\n  mutation RescheduleCremation($input: CrematoriumRescheduleInput!) {\n    rescheduleCremation(input: $input) {\n      id\n    }\n  }\n": types.RescheduleCremationDocument,
    "\n  mutation CancelCremation($input: CrematoriumCancelInput!) {\n    cancelCremation(input: $input) {\n      id\n    }\n  }\n": types.CancelCremationDocument,
    "\n  mutation RecordCrematoriumAshes($input: CrematoriumAshesInput!) {\n    recordCrematoriumAshes(input: $input) {\n      id\n    }\n  }\n": types.RecordCrematoriumAshesDocument,
    "\n  query CrematoriumKeptUrns($offset: Int!, $limit: Int!) {\n    crematoriumKeptUrns(offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        reference\n        deceasedLastName\n        deceasedFirstNames\n        operatorName\n        cremationOn\n        ashesOn\n        urnAlertOn\n        urnKeptUntil\n      }\n    }\n  }\n": types.CrematoriumKeptUrnsDocument,
    "\n  query CrematoriumMetals {\n    crematoriumMetals {\n      weightKg\n      proceedsCents\n      allocatedCents\n      balanceCents\n      lots {\n        id\n        collectedOn\n        weightKg\n        buyer\n        proceedsCents\n      }\n      allocations {\n        id\n        allocatedOn\n        purpose\n        beneficiary\n        amountCents\n      }\n    }\n  }\n": types.CrematoriumMetalsDocument,
    "\n  mutation RecordCrematoriumMetalLot($input: CrematoriumMetalLotInput!) {\n    recordCrematoriumMetalLot(input: $input) {\n      balanceCents\n    }\n  }\n": types.RecordCrematoriumMetalLotDocument,
    "\n  mutation AllocateCrematoriumMetals($input: CrematoriumMetalAllocationInput!) {\n    allocateCrematoriumMetals(input: $input) {\n      balanceCents\n    }\n  }\n": types.AllocateCrematoriumMetalsDocument,
    "\n  query DashboardAlarmRecords($key: String!, $offset: Int!, $limit: Int!) {\n    alarmRecords(key: $key, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        reference\n        label\n        detail\n        dueDate\n        path\n      }\n    }\n  }\n": types.DashboardAlarmRecordsDocument,
    "\n  query DashboardAlarms($directorate: Directorate) {\n    alarms(directorate: $directorate) {\n      key\n      label\n      description\n      severity\n      total\n      preview {\n        id\n        reference\n        label\n        detail\n        dueDate\n        path\n      }\n    }\n  }\n": types.DashboardAlarmsDocument,
    "\n  query DashboardExport($year: Int!, $directorate: Directorate, $asOf: Date, $format: IndicatorExportFormat!) {\n    indicatorReport(year: $year, directorate: $directorate, asOf: $asOf, format: $format) {\n      filename\n      mimeType\n      base64\n    }\n  }\n": types.DashboardExportDocument,
    "\n  query Dashboard($year: Int!, $directorate: Directorate!, $asOf: Date, $seriesTo: Int!) {\n    indicators(year: $year, directorate: $directorate, asOf: $asOf) {\n      key\n      label\n      description\n      unit\n      directorate\n      kind\n      riseIs\n      year\n      value\n      previousValue\n      evolution\n      periodEnd\n      previousPeriodEnd\n      previousValueDeclared\n      declaredSource\n      drillable\n      breakdowns {\n        dimension\n        label\n        items {\n          member\n          label\n          value\n        }\n      }\n    }\n    indicatorSeries(to: $seriesTo, years: 8, directorate: $directorate) {\n      key\n      unit\n      points {\n        year\n        value\n        declared\n        source\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  query DashboardOverview($year: Int!) {\n    indicators(year: $year) {\n      key\n      label\n      unit\n      directorate\n      kind\n      riseIs\n      year\n      value\n      previousValue\n      evolution\n      previousValueDeclared\n      declaredSource\n    }\n  }\n": types.DashboardOverviewDocument,
    "\n  mutation AddFourriereVetAct($input: FourriereVetActInput!) {\n    addFourriereVetAct(input: $input) {\n      id\n    }\n  }\n": types.AddFourriereVetActDocument,
    "\n  query FourriereAnimal($id: ID!) {\n    fourriereAnimal(id: $id) {\n      id\n      version\n      reference\n      species\n      origin\n      intakeAt\n      intakeOn\n      communeName\n      place\n      breed\n      sex\n      colour\n      estimatedAge\n      litterId\n      identificationKind\n      identificationNumber\n      healthNotes\n      contractorRef\n      requisitionRef\n      holdingEnd\n      cessionAllowedFrom\n      holdingStatus\n      daysInCustody\n      present\n      courtDecidedOn\n      courtRuling\n      courtDecision\n      recordedByLogin\n      outcome {\n        type\n        outcomeOn\n        ownerName\n        ownerContact\n        associationName\n        adopterName\n        reason\n        stayCostCents\n        recordedByLogin\n        recordedAt\n      }\n      ownerSearches {\n        id\n        doneOn\n        kind\n        result\n        ownerName\n        ownerPhone\n        ownerAddress\n        notes\n        recordedByLogin\n      }\n      vetActs {\n        id\n        actOn\n        kind\n        label\n        amountCents\n        notes\n        recordedByLogin\n      }\n      feesDue {\n        on\n        totalCents\n      }\n      payments {\n        id\n        paidOn\n        amountCents\n        method\n        receiptNumber\n        payerName\n      }\n    }\n  }\n": types.FourriereAnimalDocument,
    "\n  query FourriereAnimals($filter: FourriereAnimalFilter!, $offset: Int, $limit: Int) {\n    fourriereAnimals(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        reference\n        species\n        origin\n        intakeAt\n        intakeOn\n        communeName\n        breed\n        colour\n        identificationKind\n        identificationNumber\n        holdingEnd\n        holdingStatus\n        daysInCustody\n        present\n        outcome {\n          type\n          outcomeOn\n        }\n      }\n    }\n  }\n": types.FourriereAnimalsDocument,
    "\n  query FourriereBoardAlerts {\n    fourriereBoardAlerts {\n      endsToday\n      overdue\n      animals {\n        id\n        reference\n        species\n        breed\n        intakeOn\n        communeName\n        identificationKind\n        identificationNumber\n        holdingEnd\n        holdingStatus\n        daysInCustody\n      }\n    }\n  }\n": types.FourriereBoardAlertsDocument,
    "\n  query FourriereCalendar {\n    fourriereCalendar {\n      inForce {\n        id\n        validFrom\n        workedHolidays\n        extraClosedDays\n        status\n        recordedByLogin\n        recordedAt\n      }\n      history {\n        id\n        validFrom\n        workedHolidays\n        extraClosedDays\n        status\n        recordedByLogin\n        recordedAt\n      }\n    }\n  }\n": types.FourriereCalendarDocument,
    "\n  query FourriereCommunes {\n    communes {\n      inseeCode\n      name\n    }\n  }\n": types.FourriereCommunesDocument,
    "\n  query FourriereOutcomeOptions($id: ID!, $on: Date!) {\n    fourriereAnimal(id: $id) {\n      id\n      allowedOutcomes(on: $on)\n      feesDue(on: $on) {\n        on\n        totalCents\n        tariffValidFrom\n        lines {\n          code\n          label\n          quantity\n          unitCents\n          amountCents\n        }\n      }\n    }\n  }\n": types.FourriereOutcomeOptionsDocument,
    "\n  query FourriereSetup {\n    fourriereSetup {\n      key\n      blocking\n      message\n      path\n    }\n  }\n": types.FourriereSetupDocument,
    "\n  query FourriereTariffs {\n    fourriereTariffs {\n      id\n      validFrom\n      species\n      captureCents\n      boardingPerDayCents\n      identificationCents\n      vetVisitCents\n      note\n      status\n      recordedByLogin\n      recordedAt\n    }\n  }\n": types.FourriereTariffsDocument,
    "\n  mutation RecordFourriereCourtDecision($input: FourriereCourtDecisionInput!) {\n    recordFourriereCourtDecision(input: $input) {\n      id\n      courtRuling\n    }\n  }\n": types.RecordFourriereCourtDecisionDocument,
    "\n  mutation RecordFourriereIntake($input: FourriereIntakeInput!) {\n    recordFourriereIntake(input: $input) {\n      id\n      reference\n    }\n  }\n": types.RecordFourriereIntakeDocument,
    "\n  mutation RecordFourriereOutcome($input: FourriereOutcomeInput!) {\n    recordFourriereOutcome(input: $input) {\n      id\n      present\n    }\n  }\n": types.RecordFourriereOutcomeDocument,
    "\n  mutation RecordFourriereOwnerSearch($input: FourriereOwnerSearchInput!) {\n    recordFourriereOwnerSearch(input: $input) {\n      id\n    }\n  }\n": types.RecordFourriereOwnerSearchDocument,
    "\n  mutation SetFourriereCalendar($input: FourriereCalendarInput!, $confirmBackdated: Boolean) {\n    setFourriereCalendar(input: $input, confirmBackdated: $confirmBackdated) {\n      inForce {\n        id\n        validFrom\n      }\n    }\n  }\n": types.SetFourriereCalendarDocument,
    "\n  query FourriereCalendarImpact($input: FourriereCalendarInput!) {\n    fourriereCalendarImpact(input: $input) {\n      ...FigureChangeFields\n    }\n  }\n": types.FourriereCalendarImpactDocument,
    "\n  mutation SetFourriereTariff($input: FourriereTariffInput!, $confirmBackdated: Boolean) {\n    setFourriereTariff(input: $input, confirmBackdated: $confirmBackdated) {\n      id\n      validFrom\n      species\n      status\n    }\n  }\n": types.SetFourriereTariffDocument,
    "\n  query FourriereTariffImpact($input: FourriereTariffInput!) {\n    fourriereTariffImpact(input: $input) {\n      ...FigureChangeFields\n    }\n  }\n": types.FourriereTariffImpactDocument,
    "\n  mutation DeclareIndicatorValue($key: String!, $year: Int!, $value: Float!, $source: String) {\n    declareIndicatorValue(key: $key, year: $year, value: $value, source: $source) {\n      key\n      year\n      value\n      previousValue\n      evolution\n      canDeclare\n      declaredSource\n    }\n  }\n": types.DeclareIndicatorValueDocument,
    "\n  query IndicatorRecordsExport(\n    $key: String!\n    $year: Int!\n    $format: IndicatorExportFormat!\n    $dimension: String\n    $member: String\n    $asOf: Date\n    $sort: String\n    $descending: Boolean!\n  ) {\n    indicatorRecordsExport(\n      key: $key\n      year: $year\n      format: $format\n      dimension: $dimension\n      member: $member\n      asOf: $asOf\n      sort: $sort\n      descending: $descending\n    ) {\n      filename\n      mimeType\n      base64\n    }\n  }\n": types.IndicatorRecordsExportDocument,
    "\n  query IndicatorRecords(\n    $key: String!\n    $year: Int!\n    $dimension: String\n    $member: String\n    $offset: Int!\n    $limit: Int!\n    $asOf: Date\n    $sort: String\n    $descending: Boolean!\n  ) {\n    indicatorRecords(\n      key: $key\n      year: $year\n      dimension: $dimension\n      member: $member\n      offset: $offset\n      limit: $limit\n      asOf: $asOf\n      sort: $sort\n      descending: $descending\n    ) {\n      columns {\n        key\n        label\n      }\n      rows\n      paths\n      total\n    }\n  }\n": types.IndicatorRecordsDocument,
    "\n  query IndicatorReport($year: Int!, $directorate: Directorate) {\n    indicatorReport(year: $year, directorate: $directorate) {\n      filename\n      mimeType\n      base64\n    }\n  }\n": types.IndicatorReportDocument,
    "\n  subscription IndicatorsChanged($directorate: Directorate) {\n    indicatorsChanged(directorate: $directorate) {\n      directorate\n      tables\n      time\n    }\n  }\n": types.IndicatorsChangedDocument,
    "\n  query Indicators($year: Int!, $directorate: Directorate) {\n    indicators(year: $year, directorate: $directorate) {\n      key\n      label\n      description\n      unit\n      directorate\n      version\n      kind\n      riseIs\n      year\n      value\n      previousValue\n      evolution\n      canDeclare\n      declaredSource\n      drillable\n      breakdowns {\n        dimension\n        label\n        items {\n          member\n          label\n          value\n        }\n      }\n    }\n  }\n": types.IndicatorsDocument,
    "\n  query AuditEntries($filter: AuditFilter) {\n    auditEntries(filter: $filter) {\n      total\n      items {\n        id\n        at\n        userLogin\n        entity\n        entityId\n        action\n        changes\n      }\n    }\n  }\n": types.AuditEntriesDocument,
    "\n  mutation DepositPdlApml($input: PdlApmlDepositInput!) {\n    depositPdlApml(input: $input) {\n      id\n    }\n  }\n": types.DepositPdlApmlDocument,
    "\n  query PdlApdDossiers($offset: Int, $limit: Int) {\n    pdlApdDossiers(offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        number\n        ownerName\n        street\n        communeName\n        dwellingsCount\n        receivedOn\n        tacitOn\n        outcome\n        finalApprovalOn\n      }\n    }\n  }\n": types.PdlApdDossiersDocument,
    "\n  query PdlApdDossier($id: ID!) {\n    pdlApdDossier(id: $id) {\n      id\n      version\n      number\n      ownerName\n      street\n      communeName\n      dwellingsCount\n      receivedOn\n      tacitOn\n      outcome\n      decidedOn\n      finalApprovalOn\n      anahJoint\n    }\n  }\n": types.PdlApdDossierDocument,
    "\n  mutation DepositPdlApd($input: PdlApdDepositInput!) {\n    depositPdlApd(input: $input) {\n      id\n    }\n  }\n": types.DepositPdlApdDocument,
    "\n  mutation DecidePdlApd($input: PdlApdDecideInput!) {\n    decidePdlApd(input: $input) {\n      id\n      version\n      outcome\n    }\n  }\n": types.DecidePdlApdDocument,
    "\n  mutation ApprovePdlApdWorks($input: PdlApdStepInput!) {\n    approvePdlApdWorks(input: $input) {\n      id\n      version\n      finalApprovalOn\n    }\n  }\n": types.ApprovePdlApdWorksDocument,
    "\n  query PdlApmlDossier($id: ID!) {\n    pdlApmlDossier(id: $id) {\n      id\n      version\n      number\n      ownerKind\n      ownerName\n      ownerContact\n      street\n      communeName\n      dwellingType\n      surfaceM2\n      floor\n      rooms\n      lettingContext\n      depositedOn\n      receivedOn\n      decisionDeadline\n      tacitOn\n      tacitInDays\n      urgency\n      status\n      outcome\n      completeOn\n      visitPlannedOn\n      inspector\n      visitedOn\n      visitNotes\n      defects {\n        category\n        severity\n        description\n      }\n      decision\n      decidedOn\n      reasons\n      works\n      anahJoint\n    }\n  }\n": types.PdlApmlDossierDocument,
    "\n  query PdlApmlDossiers($filter: PdlApmlFilter!, $offset: Int, $limit: Int) {\n    pdlApmlDossiers(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        number\n        ownerName\n        street\n        communeName\n        receivedOn\n        tacitOn\n        tacitInDays\n        urgency\n        status\n      }\n    }\n  }\n": types.PdlApmlDossiersDocument,
    "\n  mutation CompletePdlApml($input: PdlApmlStepInput!) {\n    completePdlApml(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.CompletePdlApmlDocument,
    "\n  mutation PlanPdlVisit($input: PdlPlanVisitInput!) {\n    planPdlVisit(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.PlanPdlVisitDocument,
    "\n  mutation RecordPdlVisit($input: PdlRecordVisitInput!) {\n    recordPdlVisit(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.RecordPdlVisitDocument,
    "\n  mutation DecidePdlApml($input: PdlDecideInput!) {\n    decidePdlApml(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.DecidePdlApmlDocument,
    "\n  query PdlPerimeters {\n    pdlPerimeters {\n      id\n      communeInsee\n      communeName\n      kind\n      streets\n      validFrom\n      validTo\n    }\n  }\n": types.PdlPerimetersDocument,
    "\n  query PdlContacts($offset: Int, $limit: Int) {\n    pdlContacts(offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        contactOn\n        channel\n        personType\n        subject\n        purpose\n        recordedByLogin\n      }\n    }\n  }\n": types.PdlContactsDocument,
    "\n  mutation RecordPdlContact($input: PdlContactInput!) {\n    recordPdlContact(input: $input)\n  }\n": types.RecordPdlContactDocument,
    "\n  query PdlControlBatches($offset: Int, $limit: Int) {\n    pdlControlBatches(offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        fileName\n        receivedOn\n        importedByLogin\n        addresses\n        filedAfterContact\n      }\n    }\n  }\n": types.PdlControlBatchesDocument,
    "\n  mutation ImportPdlControlBatch($input: PdlControlImportInput!) {\n    importPdlControlBatch(input: $input) {\n      imported\n      lines\n      errors {\n        line\n        message\n      }\n    }\n  }\n": types.ImportPdlControlBatchDocument,
    "\n  query PdlScheme {\n    serviceMemberships(service: \"permis_louer\") {\n      id\n      validFrom\n      validTo\n      commune {\n        inseeCode\n        name\n      }\n    }\n    pdlPerimeters {\n      id\n      communeInsee\n      communeName\n      kind\n      streets\n      publishedOn\n      validFrom\n      validTo\n      membershipId\n    }\n  }\n": types.PdlSchemeDocument,
    "\n  mutation CreatePdlPerimeter($input: PdlPerimeterInput!, $confirmBackdated: Boolean) {\n    createPdlPerimeter(input: $input, confirmBackdated: $confirmBackdated)\n  }\n": types.CreatePdlPerimeterDocument,
    "\n  query PdlPerimeterImpact($input: PdlPerimeterInput!) {\n    pdlPerimeterImpact(input: $input) {\n      ...FigureChangeFields\n    }\n  }\n": types.PdlPerimeterImpactDocument,
    "\n  query PdlAllCommunes {\n    communes {\n      inseeCode\n      name\n    }\n  }\n": types.PdlAllCommunesDocument,
    "\n  query PdlSanctions($filter: PdlSanctionFilter!, $offset: Int, $limit: Int) {\n    pdlSanctions(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        ownerName\n        street\n        communeName\n        offence\n        foundOn\n        authority\n        stage\n        amount\n      }\n    }\n  }\n": types.PdlSanctionsDocument,
    "\n  query PdlSanction($id: ID!) {\n    pdlSanction(id: $id) {\n      id\n      version\n      ownerName\n      street\n      communeName\n      offence\n      foundOn\n      authority\n      maxFine\n      reportedOn\n      observationsInvitedOn\n      orderedOn\n      amount\n      revenueOrderOn\n      paidOn\n      stage\n    }\n  }\n": types.PdlSanctionDocument,
    "\n  mutation RecordPdlOffence($input: PdlOffenceInput!) {\n    recordPdlOffence(input: $input) {\n      id\n    }\n  }\n": types.RecordPdlOffenceDocument,
    "\n  mutation RecordPdlSanctionStep($input: PdlSanctionStepInput!) {\n    recordPdlSanctionStep(input: $input) {\n      id\n      version\n      stage\n    }\n  }\n": types.RecordPdlSanctionStepDocument,
    "\n  query PretCatalogue {\n    pretKinds {\n      id\n      name\n      unit\n      stockToday\n    }\n    communes {\n      inseeCode\n      name\n    }\n  }\n": types.PretCatalogueDocument,
    "\n  query PretPlanning($from: Date!, $to: Date!) {\n    pretPlanning(from: $from, to: $to) {\n      kindId\n      kindName\n      unit\n      days {\n        day\n        stock\n        booked\n        available\n        short\n      }\n    }\n  }\n": types.PretPlanningDocument,
    "\n  mutation CreatePretRequest($input: PretRequestInput!) {\n    createPretRequest(input: $input) {\n      id\n    }\n  }\n": types.CreatePretRequestDocument,
    "\n  mutation ApprovePretRequest($input: PretApproveInput!) {\n    approvePretRequest(input: $input) {\n      ...PretRequestFields\n    }\n  }\n": types.ApprovePretRequestDocument,
    "\n  mutation RefusePretRequest($input: PretRefuseInput!) {\n    refusePretRequest(input: $input) {\n      ...PretRequestFields\n    }\n  }\n": types.RefusePretRequestDocument,
    "\n  mutation AdvancePretRequest($input: PretAdvanceInput!) {\n    advancePretRequest(input: $input) {\n      ...PretRequestFields\n    }\n  }\n": types.AdvancePretRequestDocument,
    "\n  mutation RecordPretReturn($input: PretReturnInput!) {\n    recordPretReturn(input: $input) {\n      ...PretRequestFields\n    }\n  }\n": types.RecordPretReturnDocument,
    "\n  fragment PretRequestFields on PretRequest {\n    id\n    communeInsee\n    communeName\n    eventName\n    eventPlace\n    startOn\n    endOn\n    handover\n    status\n    partial\n    requestedOn\n    answeredOn\n    refusalReason\n    returnedOn\n    version\n    lines {\n      kindId\n      kindName\n      unit\n      requested\n      approved\n      returned\n      missing\n      damaged\n    }\n  }\n": types.PretRequestFieldsFragmentDoc,
    "\n  query PretRequest($id: ID!) {\n    pretRequest(id: $id) {\n      ...PretRequestFields\n    }\n    pretAvailability(requestId: $id) {\n      kindId\n      requested\n      available\n    }\n  }\n": types.PretRequestDocument,
    "\n  query PretRequests($status: PretStatus, $offset: Int!, $limit: Int!) {\n    pretRequests(status: $status, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        communeName\n        eventName\n        startOn\n        endOn\n        handover\n        status\n        partial\n        lines {\n          kindId\n          kindName\n          requested\n          approved\n        }\n      }\n    }\n  }\n": types.PretRequestsDocument,
    "\n  query PretStock($kindId: ID, $offset: Int!, $limit: Int!) {\n    pretKinds {\n      id\n      name\n      unit\n      stockToday\n    }\n    pretStockMovements(kindId: $kindId, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        kindName\n        movedOn\n        movement\n        quantity\n        costCents\n        notes\n        recordedByLogin\n      }\n    }\n  }\n": types.PretStockDocument,
    "\n  mutation CreatePretKind($input: PretKindInput!) {\n    createPretKind(input: $input) {\n      id\n    }\n  }\n": types.CreatePretKindDocument,
    "\n  mutation RecordPretStockMovement($input: PretStockMovementInput!) {\n    recordPretStockMovement(input: $input)\n  }\n": types.RecordPretStockMovementDocument,
    "\n  query PretRepairs($openOnly: Boolean!, $offset: Int!, $limit: Int!) {\n    pretRepairs(openOnly: $openOnly, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        kindName\n        requestId\n        quantity\n        cause\n        openedOn\n        closedOn\n        outcome\n        hours\n        costCents\n        version\n      }\n    }\n  }\n": types.PretRepairsDocument,
    "\n  mutation ClosePretRepair($input: PretRepairCloseInput!) {\n    closePretRepair(input: $input) {\n      id\n    }\n  }\n": types.ClosePretRepairDocument,
    "\n  query PretInterventions($offset: Int!, $limit: Int!) {\n    pretInterventions(offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        service\n        kind\n        doneOn\n        agentCount\n        hours\n        notes\n      }\n    }\n  }\n": types.PretInterventionsDocument,
    "\n  mutation RecordPretIntervention($input: PretInterventionInput!) {\n    recordPretIntervention(input: $input) {\n      id\n    }\n  }\n": types.RecordPretInterventionDocument,
    "\n  query PretWeek($from: Date!) {\n    pretWeek(from: $from) {\n      day\n      moment\n      action\n      request {\n        id\n        communeName\n        eventName\n        eventPlace\n        status\n        lines {\n          kindId\n          kindName\n          unit\n          requested\n          approved\n        }\n      }\n    }\n  }\n": types.PretWeekDocument,
    "\n  query ReportYear($year: Int!) {\n    reportYear(year: $year) {\n      year\n      status\n      version\n      closedAt\n      closedBy\n      progress {\n        status\n        count\n      }\n      parts {\n        id\n        position\n        title\n        chapters {\n          id\n          position\n          title\n          directorate\n          status\n          canWrite\n        }\n      }\n    }\n  }\n": types.ReportYearDocument,
    "\n  query ReportChapter($id: ID!) {\n    reportChapter(id: $id) {\n      id\n      year\n      title\n      directorate\n      highlights\n      outlook\n      status\n      reviewComment\n      version\n      canWrite\n    }\n    reportChapterFigures(id: $id) {\n      key\n      label\n      unit\n      value\n      previousValue\n      declared\n      source\n      frozen\n    }\n  }\n": types.ReportChapterDocument,
    "\n  query ReportDrift($year: Int!) {\n    reportDrift(year: $year) {\n      key\n      label\n      unit\n      frozenValue\n      liveValue\n      computedAt\n      acknowledged\n    }\n  }\n": types.ReportDriftDocument,
    "\n  mutation OpenReportYear($year: Int!) {\n    openReportYear(year: $year) {\n      year\n    }\n  }\n": types.OpenReportYearDocument,
    "\n  mutation MoveReportChapter($id: ID!, $partId: ID!, $position: Int!) {\n    moveReportChapter(id: $id, partId: $partId, position: $position) {\n      year\n    }\n  }\n": types.MoveReportChapterDocument,
    "\n  mutation AddReportChapter($partId: ID!, $input: ReportChapterStructureInput!) {\n    addReportChapter(partId: $partId, input: $input) {\n      year\n    }\n  }\n": types.AddReportChapterDocument,
    "\n  mutation RemoveReportChapter($id: ID!) {\n    removeReportChapter(id: $id) {\n      year\n    }\n  }\n": types.RemoveReportChapterDocument,
    "\n  mutation RenameReportPart($id: ID!, $title: String!) {\n    renameReportPart(id: $id, title: $title) {\n      year\n    }\n  }\n": types.RenameReportPartDocument,
    "\n  mutation SaveReportChapterText($id: ID!, $input: ReportChapterTextInput!) {\n    saveReportChapterText(id: $id, input: $input) {\n      id\n      status\n      version\n      highlights\n      outlook\n    }\n  }\n": types.SaveReportChapterTextDocument,
    "\n  mutation SubmitReportChapter($id: ID!) {\n    submitReportChapter(id: $id) {\n      id\n      status\n      version\n    }\n  }\n": types.SubmitReportChapterDocument,
    "\n  mutation ReviewReportChapter($id: ID!, $decision: ReportReviewDecision!, $comment: String) {\n    reviewReportChapter(id: $id, decision: $decision, comment: $comment) {\n      id\n      status\n      version\n      reviewComment\n    }\n  }\n": types.ReviewReportChapterDocument,
    "\n  mutation CloseReportYear($year: Int!, $expectedVersion: Int!) {\n    closeReportYear(year: $year, expectedVersion: $expectedVersion) {\n      year\n      status\n      version\n    }\n  }\n": types.CloseReportYearDocument,
    "\n  mutation ReopenReportYear($year: Int!, $reason: String!) {\n    reopenReportYear(year: $year, reason: $reason) {\n      year\n      status\n      version\n    }\n  }\n": types.ReopenReportYearDocument,
    "\n  mutation AcknowledgeReportDrift($year: Int!, $key: String!) {\n    acknowledgeReportDrift(year: $year, key: $key) {\n      key\n      acknowledged\n    }\n  }\n": types.AcknowledgeReportDriftDocument,
    "\n  query Directorates {\n    directorates {\n      key\n      label\n      hasModule\n      canWrite\n      canDeclare\n    }\n  }\n": types.DirectoratesDocument,
    "\n  fragment FigureChangeFields on FigureChange {\n    indicatorKey\n    label\n    year\n    before\n    after\n  }\n": types.FigureChangeFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMyPassword($input: ChangePasswordInput!) {\n    changeMyPassword(input: $input) {\n      id\n      mustChangePassword\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMyPassword($input: ChangePasswordInput!) {\n    changeMyPassword(input: $input) {\n      id\n      mustChangePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n      login\n      displayName\n      role\n      directorates\n      mustChangePassword\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n      login\n      displayName\n      role\n      directorates\n      mustChangePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      login\n      displayName\n      role\n      directorates\n      mustChangePassword\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      login\n      displayName\n      role\n      directorates\n      mustChangePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddServiceMembership($input: AddServiceMembershipInput!, $confirmBackdated: Boolean) {\n    addServiceMembership(input: $input, confirmBackdated: $confirmBackdated) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddServiceMembership($input: AddServiceMembershipInput!, $confirmBackdated: Boolean) {\n    addServiceMembership(input: $input, confirmBackdated: $confirmBackdated) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AddServiceMembershipImpact($input: AddServiceMembershipInput!) {\n    addServiceMembershipImpact(input: $input) {\n      ...FigureChangeFields\n    }\n  }\n"): (typeof documents)["\n  query AddServiceMembershipImpact($input: AddServiceMembershipInput!) {\n    addServiceMembershipImpact(input: $input) {\n      ...FigureChangeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCommunes {\n    communes {\n      inseeCode\n      name\n    }\n  }\n"): (typeof documents)["\n  query AdminCommunes {\n    communes {\n      inseeCode\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      login\n      displayName\n      role\n      directorates\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      login\n      displayName\n      role\n      directorates\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndServiceMembership($id: ID!, $validTo: Date!, $confirmBackdated: Boolean) {\n    endServiceMembership(id: $id, validTo: $validTo, confirmBackdated: $confirmBackdated) {\n      id\n      validTo\n    }\n  }\n"): (typeof documents)["\n  mutation EndServiceMembership($id: ID!, $validTo: Date!, $confirmBackdated: Boolean) {\n    endServiceMembership(id: $id, validTo: $validTo, confirmBackdated: $confirmBackdated) {\n      id\n      validTo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EndServiceMembershipImpact($id: ID!, $validTo: Date!) {\n    endServiceMembershipImpact(id: $id, validTo: $validTo) {\n      ...FigureChangeFields\n    }\n  }\n"): (typeof documents)["\n  query EndServiceMembershipImpact($id: ID!, $validTo: Date!) {\n    endServiceMembershipImpact(id: $id, validTo: $validTo) {\n      ...FigureChangeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonalDataExport($search: String!) {\n    personalDataExport(search: $search) {\n      label\n      rows\n    }\n  }\n"): (typeof documents)["\n  query PersonalDataExport($search: String!) {\n    personalDataExport(search: $search) {\n      label\n      rows\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnonymisePastRetention {\n    anonymisePastRetention {\n      kind\n      cutoff\n      records\n    }\n  }\n"): (typeof documents)["\n  mutation AnonymisePastRetention {\n    anonymisePastRetention {\n      kind\n      cutoff\n      records\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceMemberships($service: String!, $on: Date) {\n    serviceMemberships(service: $service, on: $on) {\n      id\n      service\n      option\n      validFrom\n      validTo\n      commune {\n        inseeCode\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceMemberships($service: String!, $on: Date) {\n    serviceMemberships(service: $service, on: $on) {\n      id\n      service\n      option\n      validFrom\n      validTo\n      commune {\n        inseeCode\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      displayName\n      role\n      directorates\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      displayName\n      role\n      directorates\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      temporaryPassword\n      user {\n        id\n        mustChangePassword\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      temporaryPassword\n      user {\n        id\n        mustChangePassword\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users {\n      id\n      login\n      displayName\n      role\n      directorates\n      active\n      mustChangePassword\n    }\n  }\n"): (typeof documents)["\n  query Users {\n    users {\n      id\n      login\n      displayName\n      role\n      directorates\n      active\n      mustChangePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAdsConsultation($dossierId: ID!, $input: AddAdsConsultationInput!) {\n    addAdsConsultation(dossierId: $dossierId, input: $input) {\n      ...AdsDossierFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddAdsConsultation($dossierId: ID!, $input: AddAdsConsultationInput!) {\n    addAdsConsultation(dossierId: $dossierId, input: $input) {\n      ...AdsDossierFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAdsMajoration($dossierId: ID!, $input: AddAdsMajorationInput!) {\n    addAdsMajoration(dossierId: $dossierId, input: $input) {\n      ...AdsDossierFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddAdsMajoration($dossierId: ID!, $input: AddAdsMajorationInput!) {\n    addAdsMajoration(dossierId: $dossierId, input: $input) {\n      ...AdsDossierFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdsActWeightsImpact($validFrom: Date!, $weights: [AdsActWeightInput!]!) {\n    adsActWeightsImpact(validFrom: $validFrom, weights: $weights) {\n      ...FigureChangeFields\n    }\n  }\n"): (typeof documents)["\n  query AdsActWeightsImpact($validFrom: Date!, $weights: [AdsActWeightInput!]!) {\n    adsActWeightsImpact(validFrom: $validFrom, weights: $weights) {\n      ...FigureChangeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdsActWeights($on: Date) {\n    adsActWeights(on: $on) {\n      dossierType\n      validFrom\n      weight\n    }\n    adsActWeightHistory {\n      validFrom\n      updatedBy\n      weights {\n        dossierType\n        weight\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdsActWeights($on: Date) {\n    adsActWeights(on: $on) {\n      dossierType\n      validFrom\n      weight\n    }\n    adsActWeightHistory {\n      validFrom\n      updatedBy\n      weights {\n        dossierType\n        weight\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdsDossierExport($filter: AdsDossierFilter, $sort: AdsSort, $format: AdsExportFormat) {\n    adsDossierExport(filter: $filter, sort: $sort, format: $format) {\n      filename\n      mimeType\n      base64\n    }\n  }\n"): (typeof documents)["\n  query AdsDossierExport($filter: AdsDossierFilter, $sort: AdsSort, $format: AdsExportFormat) {\n    adsDossierExport(filter: $filter, sort: $sort, format: $format) {\n      filename\n      mimeType\n      base64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdsDossierFields on AdsDossier {\n    id\n    version\n    number\n    initialNumber\n    type\n    communeInsee\n    communeName\n    depositedOn\n    channel\n    applicantKind\n    applicantName\n    landAddress\n    cadastralParcels\n    projectNature\n    floorAreaCreated\n    dwellingsCreated\n    tacitRefusalCase\n    instructorId\n    instructorName\n    status\n    statusOn\n    outcome\n    deadline\n    decidedOn\n    situation\n    tacitCertificateOn\n    piecesRequestedOn\n    piecesReceivedOn\n    completeOn\n    closedOn\n    docOn\n    daactOn\n    conformityOn\n    allowedActions\n    expressOutcomes\n    consultationsAllowed\n    computedDeadline {\n      baseMonths\n      months\n      completenessLimit\n      piecesRequestLate\n      state\n      startsOn\n      piecesDueOn\n      deadline\n      tacitOn\n      tacitOutcome\n      majorations {\n        id\n        kind\n        notifiedOn\n        applied\n        reason\n      }\n    }\n    consultations {\n      id\n      version\n      service\n      serviceDetail\n      sentOn\n      dueOn\n      opinion\n      effectiveOpinion\n      opinionOn\n      comment\n    }\n    events {\n      id\n      kind\n      eventOn\n      fromStatus\n      toStatus\n      actorLogin\n      summary\n      recordedAt\n    }\n  }\n"): (typeof documents)["\n  fragment AdsDossierFields on AdsDossier {\n    id\n    version\n    number\n    initialNumber\n    type\n    communeInsee\n    communeName\n    depositedOn\n    channel\n    applicantKind\n    applicantName\n    landAddress\n    cadastralParcels\n    projectNature\n    floorAreaCreated\n    dwellingsCreated\n    tacitRefusalCase\n    instructorId\n    instructorName\n    status\n    statusOn\n    outcome\n    deadline\n    decidedOn\n    situation\n    tacitCertificateOn\n    piecesRequestedOn\n    piecesReceivedOn\n    completeOn\n    closedOn\n    docOn\n    daactOn\n    conformityOn\n    allowedActions\n    expressOutcomes\n    consultationsAllowed\n    computedDeadline {\n      baseMonths\n      months\n      completenessLimit\n      piecesRequestLate\n      state\n      startsOn\n      piecesDueOn\n      deadline\n      tacitOn\n      tacitOutcome\n      majorations {\n        id\n        kind\n        notifiedOn\n        applied\n        reason\n      }\n    }\n    consultations {\n      id\n      version\n      service\n      serviceDetail\n      sentOn\n      dueOn\n      opinion\n      effectiveOpinion\n      opinionOn\n      comment\n    }\n    events {\n      id\n      kind\n      eventOn\n      fromStatus\n      toStatus\n      actorLogin\n      summary\n      recordedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdsDossier($id: ID!) {\n    adsDossier(id: $id) {\n      ...AdsDossierFields\n    }\n  }\n"): (typeof documents)["\n  query AdsDossier($id: ID!) {\n    adsDossier(id: $id) {\n      ...AdsDossierFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdsDossiers($filter: AdsDossierFilter, $sort: AdsSort, $offset: Int, $limit: Int) {\n    adsDossiers(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        id\n        number\n        type\n        communeInsee\n        communeName\n        depositedOn\n        channel\n        applicantName\n        status\n        outcome\n        deadline\n        decidedOn\n        situation\n        instructorId\n        instructorName\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdsDossiers($filter: AdsDossierFilter, $sort: AdsSort, $offset: Int, $limit: Int) {\n    adsDossiers(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        id\n        number\n        type\n        communeInsee\n        communeName\n        depositedOn\n        channel\n        applicantName\n        status\n        outcome\n        deadline\n        decidedOn\n        situation\n        instructorId\n        instructorName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdsInstructors {\n    adsInstructors {\n      id\n      displayName\n      login\n    }\n  }\n"): (typeof documents)["\n  query AdsInstructors {\n    adsInstructors {\n      id\n      displayName\n      login\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdsQueueCounts($filter: AdsDossierFilter) {\n    adsQueueCounts(filter: $filter) {\n      queue\n      count\n    }\n  }\n"): (typeof documents)["\n  query AdsQueueCounts($filter: AdsDossierFilter) {\n    adsQueueCounts(filter: $filter) {\n      queue\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignAdsDossiers($ids: [ID!]!, $instructorId: ID) {\n    assignAdsDossiers(ids: $ids, instructorId: $instructorId)\n  }\n"): (typeof documents)["\n  mutation AssignAdsDossiers($ids: [ID!]!, $instructorId: ID) {\n    assignAdsDossiers(ids: $ids, instructorId: $instructorId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignAdsDossier($id: ID!, $instructorId: ID) {\n    assignAdsDossier(id: $id, instructorId: $instructorId) {\n      ...AdsDossierFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignAdsDossier($id: ID!, $instructorId: ID) {\n    assignAdsDossier(id: $id, instructorId: $instructorId) {\n      ...AdsDossierFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAdsDossier($input: CreateAdsDossierInput!) {\n    createAdsDossier(input: $input) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAdsDossier($input: CreateAdsDossierInput!) {\n    createAdsDossier(input: $input) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportAdsDossiers($filename: String!, $base64: String!) {\n    importAdsDossiers(filename: $filename, base64: $base64) {\n      committed\n      imported\n      skipped\n      rejected\n      lines {\n        line\n        number\n        status\n        messages\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportAdsDossiers($filename: String!, $base64: String!) {\n    importAdsDossiers(filename: $filename, base64: $base64) {\n      committed\n      imported\n      skipped\n      rejected\n      lines {\n        line\n        number\n        status\n        messages\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAdsOpinion($consultationId: ID!, $input: RecordAdsOpinionInput!) {\n    recordAdsOpinion(consultationId: $consultationId, input: $input) {\n      ...AdsDossierFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAdsOpinion($consultationId: ID!, $input: RecordAdsOpinionInput!) {\n    recordAdsOpinion(consultationId: $consultationId, input: $input) {\n      ...AdsDossierFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdsServiceMemberships($on: Date) {\n    serviceMemberships(service: \"ads\", on: $on) {\n      option\n      commune {\n        inseeCode\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdsServiceMemberships($on: Date) {\n    serviceMemberships(service: \"ads\", on: $on) {\n      option\n      commune {\n        inseeCode\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionAdsDossier($id: ID!, $input: AdsTransitionInput!) {\n    transitionAdsDossier(id: $id, input: $input) {\n      ...AdsDossierFields\n    }\n  }\n"): (typeof documents)["\n  mutation TransitionAdsDossier($id: ID!, $input: AdsTransitionInput!) {\n    transitionAdsDossier(id: $id, input: $input) {\n      ...AdsDossierFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAdsActWeights($validFrom: Date!, $weights: [AdsActWeightInput!]!, $confirmBackdated: Boolean) {\n    updateAdsActWeights(validFrom: $validFrom, weights: $weights, confirmBackdated: $confirmBackdated) {\n      dossierType\n      validFrom\n      weight\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAdsActWeights($validFrom: Date!, $weights: [AdsActWeightInput!]!, $confirmBackdated: Boolean) {\n    updateAdsActWeights(validFrom: $validFrom, weights: $weights, confirmBackdated: $confirmBackdated) {\n      dossierType\n      validFrom\n      weight\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAdsDossier($id: ID!, $input: UpdateAdsDossierInput!) {\n    updateAdsDossier(id: $id, input: $input) {\n      ...AdsDossierFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAdsDossier($id: ID!, $input: UpdateAdsDossierInput!) {\n    updateAdsDossier(id: $id, input: $input) {\n      ...AdsDossierFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrematoriumPlanning($day: Date!, $year: Int!) {\n    crematoriumLineLoad(year: $year) {\n      code\n      name\n      booked\n      available\n      utilisation\n    }\n    crematoriumLines {\n      code\n      name\n      slots\n      slotMinutes\n    }\n    crematoriumPlanning(day: $day) {\n      id\n      reference\n      lineCode\n      startsAt\n      kind\n      deceasedLastName\n      deceasedFirstNames\n      operatorName\n      ceremonyRoom\n      status\n    }\n  }\n"): (typeof documents)["\n  query CrematoriumPlanning($day: Date!, $year: Int!) {\n    crematoriumLineLoad(year: $year) {\n      code\n      name\n      booked\n      available\n      utilisation\n    }\n    crematoriumLines {\n      code\n      name\n      slots\n      slotMinutes\n    }\n    crematoriumPlanning(day: $day) {\n      id\n      reference\n      lineCode\n      startsAt\n      kind\n      deceasedLastName\n      deceasedFirstNames\n      operatorName\n      ceremonyRoom\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cremation($id: ID!) {\n    cremation(id: $id) {\n      id\n      version\n      reference\n      lineName\n      startsAt\n      endsAt\n      cremationOn\n      kind\n      deceasedLastName\n      deceasedFirstNames\n      birthOn\n      deathAt\n      deathCommuneName\n      residenceCommuneName\n      operatorName\n      authorisationOn\n      authorisationCommune\n      prosthesisCertificate\n      ceremonyRoom\n      derogationRef\n      latestLegalDay\n      status\n      completedAt\n      cancelledAt\n      cancellationReason\n      ashesFate\n      ashesOn\n      ashesPerson\n      urnKeptUntil\n      scans {\n        id\n        scannedAt\n        result\n        objectType\n        authorisedBy\n        witnesses\n        familyInformedAt\n        openedAt\n        objectRemoved\n        delayMinutes\n        closedAt\n      }\n      reschedules {\n        fromLineCode\n        fromStartsAt\n        toLineCode\n        toStartsAt\n        reason\n        recordedByLogin\n        recordedAt\n      }\n    }\n    crematoriumLines {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query Cremation($id: ID!) {\n    cremation(id: $id) {\n      id\n      version\n      reference\n      lineName\n      startsAt\n      endsAt\n      cremationOn\n      kind\n      deceasedLastName\n      deceasedFirstNames\n      birthOn\n      deathAt\n      deathCommuneName\n      residenceCommuneName\n      operatorName\n      authorisationOn\n      authorisationCommune\n      prosthesisCertificate\n      ceremonyRoom\n      derogationRef\n      latestLegalDay\n      status\n      completedAt\n      cancelledAt\n      cancellationReason\n      ashesFate\n      ashesOn\n      ashesPerson\n      urnKeptUntil\n      scans {\n        id\n        scannedAt\n        result\n        objectType\n        authorisedBy\n        witnesses\n        familyInformedAt\n        openedAt\n        objectRemoved\n        delayMinutes\n        closedAt\n      }\n      reschedules {\n        fromLineCode\n        fromStartsAt\n        toLineCode\n        toStartsAt\n        reason\n        recordedByLogin\n        recordedAt\n      }\n    }\n    crematoriumLines {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookCremation($input: CrematoriumBookingInput!) {\n    bookCremation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BookCremation($input: CrematoriumBookingInput!) {\n    bookCremation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCrematoriumScan($input: CrematoriumScanInput!) {\n    recordCrematoriumScan(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCrematoriumScan($input: CrematoriumScanInput!) {\n    recordCrematoriumScan(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCrematoriumProtocol($input: CrematoriumProtocolInput!) {\n    recordCrematoriumProtocol(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCrematoriumProtocol($input: CrematoriumProtocolInput!) {\n    recordCrematoriumProtocol(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteCremation($input: CrematoriumCompleteInput!) {\n    completeCremation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteCremation($input: CrematoriumCompleteInput!) {\n    completeCremation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleCremation($input: CrematoriumRescheduleInput!) {\n    rescheduleCremation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RescheduleCremation($input: CrematoriumRescheduleInput!) {\n    rescheduleCremation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelCremation($input: CrematoriumCancelInput!) {\n    cancelCremation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CancelCremation($input: CrematoriumCancelInput!) {\n    cancelCremation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCrematoriumAshes($input: CrematoriumAshesInput!) {\n    recordCrematoriumAshes(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCrematoriumAshes($input: CrematoriumAshesInput!) {\n    recordCrematoriumAshes(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrematoriumKeptUrns($offset: Int!, $limit: Int!) {\n    crematoriumKeptUrns(offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        reference\n        deceasedLastName\n        deceasedFirstNames\n        operatorName\n        cremationOn\n        ashesOn\n        urnAlertOn\n        urnKeptUntil\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrematoriumKeptUrns($offset: Int!, $limit: Int!) {\n    crematoriumKeptUrns(offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        reference\n        deceasedLastName\n        deceasedFirstNames\n        operatorName\n        cremationOn\n        ashesOn\n        urnAlertOn\n        urnKeptUntil\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrematoriumMetals {\n    crematoriumMetals {\n      weightKg\n      proceedsCents\n      allocatedCents\n      balanceCents\n      lots {\n        id\n        collectedOn\n        weightKg\n        buyer\n        proceedsCents\n      }\n      allocations {\n        id\n        allocatedOn\n        purpose\n        beneficiary\n        amountCents\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrematoriumMetals {\n    crematoriumMetals {\n      weightKg\n      proceedsCents\n      allocatedCents\n      balanceCents\n      lots {\n        id\n        collectedOn\n        weightKg\n        buyer\n        proceedsCents\n      }\n      allocations {\n        id\n        allocatedOn\n        purpose\n        beneficiary\n        amountCents\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCrematoriumMetalLot($input: CrematoriumMetalLotInput!) {\n    recordCrematoriumMetalLot(input: $input) {\n      balanceCents\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCrematoriumMetalLot($input: CrematoriumMetalLotInput!) {\n    recordCrematoriumMetalLot(input: $input) {\n      balanceCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AllocateCrematoriumMetals($input: CrematoriumMetalAllocationInput!) {\n    allocateCrematoriumMetals(input: $input) {\n      balanceCents\n    }\n  }\n"): (typeof documents)["\n  mutation AllocateCrematoriumMetals($input: CrematoriumMetalAllocationInput!) {\n    allocateCrematoriumMetals(input: $input) {\n      balanceCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardAlarmRecords($key: String!, $offset: Int!, $limit: Int!) {\n    alarmRecords(key: $key, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        reference\n        label\n        detail\n        dueDate\n        path\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardAlarmRecords($key: String!, $offset: Int!, $limit: Int!) {\n    alarmRecords(key: $key, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        reference\n        label\n        detail\n        dueDate\n        path\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardAlarms($directorate: Directorate) {\n    alarms(directorate: $directorate) {\n      key\n      label\n      description\n      severity\n      total\n      preview {\n        id\n        reference\n        label\n        detail\n        dueDate\n        path\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardAlarms($directorate: Directorate) {\n    alarms(directorate: $directorate) {\n      key\n      label\n      description\n      severity\n      total\n      preview {\n        id\n        reference\n        label\n        detail\n        dueDate\n        path\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardExport($year: Int!, $directorate: Directorate, $asOf: Date, $format: IndicatorExportFormat!) {\n    indicatorReport(year: $year, directorate: $directorate, asOf: $asOf, format: $format) {\n      filename\n      mimeType\n      base64\n    }\n  }\n"): (typeof documents)["\n  query DashboardExport($year: Int!, $directorate: Directorate, $asOf: Date, $format: IndicatorExportFormat!) {\n    indicatorReport(year: $year, directorate: $directorate, asOf: $asOf, format: $format) {\n      filename\n      mimeType\n      base64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($year: Int!, $directorate: Directorate!, $asOf: Date, $seriesTo: Int!) {\n    indicators(year: $year, directorate: $directorate, asOf: $asOf) {\n      key\n      label\n      description\n      unit\n      directorate\n      kind\n      riseIs\n      year\n      value\n      previousValue\n      evolution\n      periodEnd\n      previousPeriodEnd\n      previousValueDeclared\n      declaredSource\n      drillable\n      breakdowns {\n        dimension\n        label\n        items {\n          member\n          label\n          value\n        }\n      }\n    }\n    indicatorSeries(to: $seriesTo, years: 8, directorate: $directorate) {\n      key\n      unit\n      points {\n        year\n        value\n        declared\n        source\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($year: Int!, $directorate: Directorate!, $asOf: Date, $seriesTo: Int!) {\n    indicators(year: $year, directorate: $directorate, asOf: $asOf) {\n      key\n      label\n      description\n      unit\n      directorate\n      kind\n      riseIs\n      year\n      value\n      previousValue\n      evolution\n      periodEnd\n      previousPeriodEnd\n      previousValueDeclared\n      declaredSource\n      drillable\n      breakdowns {\n        dimension\n        label\n        items {\n          member\n          label\n          value\n        }\n      }\n    }\n    indicatorSeries(to: $seriesTo, years: 8, directorate: $directorate) {\n      key\n      unit\n      points {\n        year\n        value\n        declared\n        source\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardOverview($year: Int!) {\n    indicators(year: $year) {\n      key\n      label\n      unit\n      directorate\n      kind\n      riseIs\n      year\n      value\n      previousValue\n      evolution\n      previousValueDeclared\n      declaredSource\n    }\n  }\n"): (typeof documents)["\n  query DashboardOverview($year: Int!) {\n    indicators(year: $year) {\n      key\n      label\n      unit\n      directorate\n      kind\n      riseIs\n      year\n      value\n      previousValue\n      evolution\n      previousValueDeclared\n      declaredSource\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFourriereVetAct($input: FourriereVetActInput!) {\n    addFourriereVetAct(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddFourriereVetAct($input: FourriereVetActInput!) {\n    addFourriereVetAct(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FourriereAnimal($id: ID!) {\n    fourriereAnimal(id: $id) {\n      id\n      version\n      reference\n      species\n      origin\n      intakeAt\n      intakeOn\n      communeName\n      place\n      breed\n      sex\n      colour\n      estimatedAge\n      litterId\n      identificationKind\n      identificationNumber\n      healthNotes\n      contractorRef\n      requisitionRef\n      holdingEnd\n      cessionAllowedFrom\n      holdingStatus\n      daysInCustody\n      present\n      courtDecidedOn\n      courtRuling\n      courtDecision\n      recordedByLogin\n      outcome {\n        type\n        outcomeOn\n        ownerName\n        ownerContact\n        associationName\n        adopterName\n        reason\n        stayCostCents\n        recordedByLogin\n        recordedAt\n      }\n      ownerSearches {\n        id\n        doneOn\n        kind\n        result\n        ownerName\n        ownerPhone\n        ownerAddress\n        notes\n        recordedByLogin\n      }\n      vetActs {\n        id\n        actOn\n        kind\n        label\n        amountCents\n        notes\n        recordedByLogin\n      }\n      feesDue {\n        on\n        totalCents\n      }\n      payments {\n        id\n        paidOn\n        amountCents\n        method\n        receiptNumber\n        payerName\n      }\n    }\n  }\n"): (typeof documents)["\n  query FourriereAnimal($id: ID!) {\n    fourriereAnimal(id: $id) {\n      id\n      version\n      reference\n      species\n      origin\n      intakeAt\n      intakeOn\n      communeName\n      place\n      breed\n      sex\n      colour\n      estimatedAge\n      litterId\n      identificationKind\n      identificationNumber\n      healthNotes\n      contractorRef\n      requisitionRef\n      holdingEnd\n      cessionAllowedFrom\n      holdingStatus\n      daysInCustody\n      present\n      courtDecidedOn\n      courtRuling\n      courtDecision\n      recordedByLogin\n      outcome {\n        type\n        outcomeOn\n        ownerName\n        ownerContact\n        associationName\n        adopterName\n        reason\n        stayCostCents\n        recordedByLogin\n        recordedAt\n      }\n      ownerSearches {\n        id\n        doneOn\n        kind\n        result\n        ownerName\n        ownerPhone\n        ownerAddress\n        notes\n        recordedByLogin\n      }\n      vetActs {\n        id\n        actOn\n        kind\n        label\n        amountCents\n        notes\n        recordedByLogin\n      }\n      feesDue {\n        on\n        totalCents\n      }\n      payments {\n        id\n        paidOn\n        amountCents\n        method\n        receiptNumber\n        payerName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FourriereAnimals($filter: FourriereAnimalFilter!, $offset: Int, $limit: Int) {\n    fourriereAnimals(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        reference\n        species\n        origin\n        intakeAt\n        intakeOn\n        communeName\n        breed\n        colour\n        identificationKind\n        identificationNumber\n        holdingEnd\n        holdingStatus\n        daysInCustody\n        present\n        outcome {\n          type\n          outcomeOn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FourriereAnimals($filter: FourriereAnimalFilter!, $offset: Int, $limit: Int) {\n    fourriereAnimals(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        reference\n        species\n        origin\n        intakeAt\n        intakeOn\n        communeName\n        breed\n        colour\n        identificationKind\n        identificationNumber\n        holdingEnd\n        holdingStatus\n        daysInCustody\n        present\n        outcome {\n          type\n          outcomeOn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FourriereBoardAlerts {\n    fourriereBoardAlerts {\n      endsToday\n      overdue\n      animals {\n        id\n        reference\n        species\n        breed\n        intakeOn\n        communeName\n        identificationKind\n        identificationNumber\n        holdingEnd\n        holdingStatus\n        daysInCustody\n      }\n    }\n  }\n"): (typeof documents)["\n  query FourriereBoardAlerts {\n    fourriereBoardAlerts {\n      endsToday\n      overdue\n      animals {\n        id\n        reference\n        species\n        breed\n        intakeOn\n        communeName\n        identificationKind\n        identificationNumber\n        holdingEnd\n        holdingStatus\n        daysInCustody\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FourriereCalendar {\n    fourriereCalendar {\n      inForce {\n        id\n        validFrom\n        workedHolidays\n        extraClosedDays\n        status\n        recordedByLogin\n        recordedAt\n      }\n      history {\n        id\n        validFrom\n        workedHolidays\n        extraClosedDays\n        status\n        recordedByLogin\n        recordedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query FourriereCalendar {\n    fourriereCalendar {\n      inForce {\n        id\n        validFrom\n        workedHolidays\n        extraClosedDays\n        status\n        recordedByLogin\n        recordedAt\n      }\n      history {\n        id\n        validFrom\n        workedHolidays\n        extraClosedDays\n        status\n        recordedByLogin\n        recordedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FourriereCommunes {\n    communes {\n      inseeCode\n      name\n    }\n  }\n"): (typeof documents)["\n  query FourriereCommunes {\n    communes {\n      inseeCode\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FourriereOutcomeOptions($id: ID!, $on: Date!) {\n    fourriereAnimal(id: $id) {\n      id\n      allowedOutcomes(on: $on)\n      feesDue(on: $on) {\n        on\n        totalCents\n        tariffValidFrom\n        lines {\n          code\n          label\n          quantity\n          unitCents\n          amountCents\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FourriereOutcomeOptions($id: ID!, $on: Date!) {\n    fourriereAnimal(id: $id) {\n      id\n      allowedOutcomes(on: $on)\n      feesDue(on: $on) {\n        on\n        totalCents\n        tariffValidFrom\n        lines {\n          code\n          label\n          quantity\n          unitCents\n          amountCents\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FourriereSetup {\n    fourriereSetup {\n      key\n      blocking\n      message\n      path\n    }\n  }\n"): (typeof documents)["\n  query FourriereSetup {\n    fourriereSetup {\n      key\n      blocking\n      message\n      path\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FourriereTariffs {\n    fourriereTariffs {\n      id\n      validFrom\n      species\n      captureCents\n      boardingPerDayCents\n      identificationCents\n      vetVisitCents\n      note\n      status\n      recordedByLogin\n      recordedAt\n    }\n  }\n"): (typeof documents)["\n  query FourriereTariffs {\n    fourriereTariffs {\n      id\n      validFrom\n      species\n      captureCents\n      boardingPerDayCents\n      identificationCents\n      vetVisitCents\n      note\n      status\n      recordedByLogin\n      recordedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFourriereCourtDecision($input: FourriereCourtDecisionInput!) {\n    recordFourriereCourtDecision(input: $input) {\n      id\n      courtRuling\n    }\n  }\n"): (typeof documents)["\n  mutation RecordFourriereCourtDecision($input: FourriereCourtDecisionInput!) {\n    recordFourriereCourtDecision(input: $input) {\n      id\n      courtRuling\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFourriereIntake($input: FourriereIntakeInput!) {\n    recordFourriereIntake(input: $input) {\n      id\n      reference\n    }\n  }\n"): (typeof documents)["\n  mutation RecordFourriereIntake($input: FourriereIntakeInput!) {\n    recordFourriereIntake(input: $input) {\n      id\n      reference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFourriereOutcome($input: FourriereOutcomeInput!) {\n    recordFourriereOutcome(input: $input) {\n      id\n      present\n    }\n  }\n"): (typeof documents)["\n  mutation RecordFourriereOutcome($input: FourriereOutcomeInput!) {\n    recordFourriereOutcome(input: $input) {\n      id\n      present\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFourriereOwnerSearch($input: FourriereOwnerSearchInput!) {\n    recordFourriereOwnerSearch(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordFourriereOwnerSearch($input: FourriereOwnerSearchInput!) {\n    recordFourriereOwnerSearch(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFourriereCalendar($input: FourriereCalendarInput!, $confirmBackdated: Boolean) {\n    setFourriereCalendar(input: $input, confirmBackdated: $confirmBackdated) {\n      inForce {\n        id\n        validFrom\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetFourriereCalendar($input: FourriereCalendarInput!, $confirmBackdated: Boolean) {\n    setFourriereCalendar(input: $input, confirmBackdated: $confirmBackdated) {\n      inForce {\n        id\n        validFrom\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FourriereCalendarImpact($input: FourriereCalendarInput!) {\n    fourriereCalendarImpact(input: $input) {\n      ...FigureChangeFields\n    }\n  }\n"): (typeof documents)["\n  query FourriereCalendarImpact($input: FourriereCalendarInput!) {\n    fourriereCalendarImpact(input: $input) {\n      ...FigureChangeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFourriereTariff($input: FourriereTariffInput!, $confirmBackdated: Boolean) {\n    setFourriereTariff(input: $input, confirmBackdated: $confirmBackdated) {\n      id\n      validFrom\n      species\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SetFourriereTariff($input: FourriereTariffInput!, $confirmBackdated: Boolean) {\n    setFourriereTariff(input: $input, confirmBackdated: $confirmBackdated) {\n      id\n      validFrom\n      species\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FourriereTariffImpact($input: FourriereTariffInput!) {\n    fourriereTariffImpact(input: $input) {\n      ...FigureChangeFields\n    }\n  }\n"): (typeof documents)["\n  query FourriereTariffImpact($input: FourriereTariffInput!) {\n    fourriereTariffImpact(input: $input) {\n      ...FigureChangeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareIndicatorValue($key: String!, $year: Int!, $value: Float!, $source: String) {\n    declareIndicatorValue(key: $key, year: $year, value: $value, source: $source) {\n      key\n      year\n      value\n      previousValue\n      evolution\n      canDeclare\n      declaredSource\n    }\n  }\n"): (typeof documents)["\n  mutation DeclareIndicatorValue($key: String!, $year: Int!, $value: Float!, $source: String) {\n    declareIndicatorValue(key: $key, year: $year, value: $value, source: $source) {\n      key\n      year\n      value\n      previousValue\n      evolution\n      canDeclare\n      declaredSource\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorRecordsExport(\n    $key: String!\n    $year: Int!\n    $format: IndicatorExportFormat!\n    $dimension: String\n    $member: String\n    $asOf: Date\n    $sort: String\n    $descending: Boolean!\n  ) {\n    indicatorRecordsExport(\n      key: $key\n      year: $year\n      format: $format\n      dimension: $dimension\n      member: $member\n      asOf: $asOf\n      sort: $sort\n      descending: $descending\n    ) {\n      filename\n      mimeType\n      base64\n    }\n  }\n"): (typeof documents)["\n  query IndicatorRecordsExport(\n    $key: String!\n    $year: Int!\n    $format: IndicatorExportFormat!\n    $dimension: String\n    $member: String\n    $asOf: Date\n    $sort: String\n    $descending: Boolean!\n  ) {\n    indicatorRecordsExport(\n      key: $key\n      year: $year\n      format: $format\n      dimension: $dimension\n      member: $member\n      asOf: $asOf\n      sort: $sort\n      descending: $descending\n    ) {\n      filename\n      mimeType\n      base64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorRecords(\n    $key: String!\n    $year: Int!\n    $dimension: String\n    $member: String\n    $offset: Int!\n    $limit: Int!\n    $asOf: Date\n    $sort: String\n    $descending: Boolean!\n  ) {\n    indicatorRecords(\n      key: $key\n      year: $year\n      dimension: $dimension\n      member: $member\n      offset: $offset\n      limit: $limit\n      asOf: $asOf\n      sort: $sort\n      descending: $descending\n    ) {\n      columns {\n        key\n        label\n      }\n      rows\n      paths\n      total\n    }\n  }\n"): (typeof documents)["\n  query IndicatorRecords(\n    $key: String!\n    $year: Int!\n    $dimension: String\n    $member: String\n    $offset: Int!\n    $limit: Int!\n    $asOf: Date\n    $sort: String\n    $descending: Boolean!\n  ) {\n    indicatorRecords(\n      key: $key\n      year: $year\n      dimension: $dimension\n      member: $member\n      offset: $offset\n      limit: $limit\n      asOf: $asOf\n      sort: $sort\n      descending: $descending\n    ) {\n      columns {\n        key\n        label\n      }\n      rows\n      paths\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorReport($year: Int!, $directorate: Directorate) {\n    indicatorReport(year: $year, directorate: $directorate) {\n      filename\n      mimeType\n      base64\n    }\n  }\n"): (typeof documents)["\n  query IndicatorReport($year: Int!, $directorate: Directorate) {\n    indicatorReport(year: $year, directorate: $directorate) {\n      filename\n      mimeType\n      base64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription IndicatorsChanged($directorate: Directorate) {\n    indicatorsChanged(directorate: $directorate) {\n      directorate\n      tables\n      time\n    }\n  }\n"): (typeof documents)["\n  subscription IndicatorsChanged($directorate: Directorate) {\n    indicatorsChanged(directorate: $directorate) {\n      directorate\n      tables\n      time\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Indicators($year: Int!, $directorate: Directorate) {\n    indicators(year: $year, directorate: $directorate) {\n      key\n      label\n      description\n      unit\n      directorate\n      version\n      kind\n      riseIs\n      year\n      value\n      previousValue\n      evolution\n      canDeclare\n      declaredSource\n      drillable\n      breakdowns {\n        dimension\n        label\n        items {\n          member\n          label\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Indicators($year: Int!, $directorate: Directorate) {\n    indicators(year: $year, directorate: $directorate) {\n      key\n      label\n      description\n      unit\n      directorate\n      version\n      kind\n      riseIs\n      year\n      value\n      previousValue\n      evolution\n      canDeclare\n      declaredSource\n      drillable\n      breakdowns {\n        dimension\n        label\n        items {\n          member\n          label\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEntries($filter: AuditFilter) {\n    auditEntries(filter: $filter) {\n      total\n      items {\n        id\n        at\n        userLogin\n        entity\n        entityId\n        action\n        changes\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEntries($filter: AuditFilter) {\n    auditEntries(filter: $filter) {\n      total\n      items {\n        id\n        at\n        userLogin\n        entity\n        entityId\n        action\n        changes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DepositPdlApml($input: PdlApmlDepositInput!) {\n    depositPdlApml(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DepositPdlApml($input: PdlApmlDepositInput!) {\n    depositPdlApml(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PdlApdDossiers($offset: Int, $limit: Int) {\n    pdlApdDossiers(offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        number\n        ownerName\n        street\n        communeName\n        dwellingsCount\n        receivedOn\n        tacitOn\n        outcome\n        finalApprovalOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query PdlApdDossiers($offset: Int, $limit: Int) {\n    pdlApdDossiers(offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        number\n        ownerName\n        street\n        communeName\n        dwellingsCount\n        receivedOn\n        tacitOn\n        outcome\n        finalApprovalOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PdlApdDossier($id: ID!) {\n    pdlApdDossier(id: $id) {\n      id\n      version\n      number\n      ownerName\n      street\n      communeName\n      dwellingsCount\n      receivedOn\n      tacitOn\n      outcome\n      decidedOn\n      finalApprovalOn\n      anahJoint\n    }\n  }\n"): (typeof documents)["\n  query PdlApdDossier($id: ID!) {\n    pdlApdDossier(id: $id) {\n      id\n      version\n      number\n      ownerName\n      street\n      communeName\n      dwellingsCount\n      receivedOn\n      tacitOn\n      outcome\n      decidedOn\n      finalApprovalOn\n      anahJoint\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DepositPdlApd($input: PdlApdDepositInput!) {\n    depositPdlApd(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DepositPdlApd($input: PdlApdDepositInput!) {\n    depositPdlApd(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecidePdlApd($input: PdlApdDecideInput!) {\n    decidePdlApd(input: $input) {\n      id\n      version\n      outcome\n    }\n  }\n"): (typeof documents)["\n  mutation DecidePdlApd($input: PdlApdDecideInput!) {\n    decidePdlApd(input: $input) {\n      id\n      version\n      outcome\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovePdlApdWorks($input: PdlApdStepInput!) {\n    approvePdlApdWorks(input: $input) {\n      id\n      version\n      finalApprovalOn\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovePdlApdWorks($input: PdlApdStepInput!) {\n    approvePdlApdWorks(input: $input) {\n      id\n      version\n      finalApprovalOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PdlApmlDossier($id: ID!) {\n    pdlApmlDossier(id: $id) {\n      id\n      version\n      number\n      ownerKind\n      ownerName\n      ownerContact\n      street\n      communeName\n      dwellingType\n      surfaceM2\n      floor\n      rooms\n      lettingContext\n      depositedOn\n      receivedOn\n      decisionDeadline\n      tacitOn\n      tacitInDays\n      urgency\n      status\n      outcome\n      completeOn\n      visitPlannedOn\n      inspector\n      visitedOn\n      visitNotes\n      defects {\n        category\n        severity\n        description\n      }\n      decision\n      decidedOn\n      reasons\n      works\n      anahJoint\n    }\n  }\n"): (typeof documents)["\n  query PdlApmlDossier($id: ID!) {\n    pdlApmlDossier(id: $id) {\n      id\n      version\n      number\n      ownerKind\n      ownerName\n      ownerContact\n      street\n      communeName\n      dwellingType\n      surfaceM2\n      floor\n      rooms\n      lettingContext\n      depositedOn\n      receivedOn\n      decisionDeadline\n      tacitOn\n      tacitInDays\n      urgency\n      status\n      outcome\n      completeOn\n      visitPlannedOn\n      inspector\n      visitedOn\n      visitNotes\n      defects {\n        category\n        severity\n        description\n      }\n      decision\n      decidedOn\n      reasons\n      works\n      anahJoint\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PdlApmlDossiers($filter: PdlApmlFilter!, $offset: Int, $limit: Int) {\n    pdlApmlDossiers(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        number\n        ownerName\n        street\n        communeName\n        receivedOn\n        tacitOn\n        tacitInDays\n        urgency\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query PdlApmlDossiers($filter: PdlApmlFilter!, $offset: Int, $limit: Int) {\n    pdlApmlDossiers(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        number\n        ownerName\n        street\n        communeName\n        receivedOn\n        tacitOn\n        tacitInDays\n        urgency\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompletePdlApml($input: PdlApmlStepInput!) {\n    completePdlApml(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CompletePdlApml($input: PdlApmlStepInput!) {\n    completePdlApml(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanPdlVisit($input: PdlPlanVisitInput!) {\n    planPdlVisit(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PlanPdlVisit($input: PdlPlanVisitInput!) {\n    planPdlVisit(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPdlVisit($input: PdlRecordVisitInput!) {\n    recordPdlVisit(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPdlVisit($input: PdlRecordVisitInput!) {\n    recordPdlVisit(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecidePdlApml($input: PdlDecideInput!) {\n    decidePdlApml(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DecidePdlApml($input: PdlDecideInput!) {\n    decidePdlApml(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PdlPerimeters {\n    pdlPerimeters {\n      id\n      communeInsee\n      communeName\n      kind\n      streets\n      validFrom\n      validTo\n    }\n  }\n"): (typeof documents)["\n  query PdlPerimeters {\n    pdlPerimeters {\n      id\n      communeInsee\n      communeName\n      kind\n      streets\n      validFrom\n      validTo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PdlContacts($offset: Int, $limit: Int) {\n    pdlContacts(offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        contactOn\n        channel\n        personType\n        subject\n        purpose\n        recordedByLogin\n      }\n    }\n  }\n"): (typeof documents)["\n  query PdlContacts($offset: Int, $limit: Int) {\n    pdlContacts(offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        contactOn\n        channel\n        personType\n        subject\n        purpose\n        recordedByLogin\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPdlContact($input: PdlContactInput!) {\n    recordPdlContact(input: $input)\n  }\n"): (typeof documents)["\n  mutation RecordPdlContact($input: PdlContactInput!) {\n    recordPdlContact(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PdlControlBatches($offset: Int, $limit: Int) {\n    pdlControlBatches(offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        fileName\n        receivedOn\n        importedByLogin\n        addresses\n        filedAfterContact\n      }\n    }\n  }\n"): (typeof documents)["\n  query PdlControlBatches($offset: Int, $limit: Int) {\n    pdlControlBatches(offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        fileName\n        receivedOn\n        importedByLogin\n        addresses\n        filedAfterContact\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPdlControlBatch($input: PdlControlImportInput!) {\n    importPdlControlBatch(input: $input) {\n      imported\n      lines\n      errors {\n        line\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportPdlControlBatch($input: PdlControlImportInput!) {\n    importPdlControlBatch(input: $input) {\n      imported\n      lines\n      errors {\n        line\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PdlScheme {\n    serviceMemberships(service: \"permis_louer\") {\n      id\n      validFrom\n      validTo\n      commune {\n        inseeCode\n        name\n      }\n    }\n    pdlPerimeters {\n      id\n      communeInsee\n      communeName\n      kind\n      streets\n      publishedOn\n      validFrom\n      validTo\n      membershipId\n    }\n  }\n"): (typeof documents)["\n  query PdlScheme {\n    serviceMemberships(service: \"permis_louer\") {\n      id\n      validFrom\n      validTo\n      commune {\n        inseeCode\n        name\n      }\n    }\n    pdlPerimeters {\n      id\n      communeInsee\n      communeName\n      kind\n      streets\n      publishedOn\n      validFrom\n      validTo\n      membershipId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePdlPerimeter($input: PdlPerimeterInput!, $confirmBackdated: Boolean) {\n    createPdlPerimeter(input: $input, confirmBackdated: $confirmBackdated)\n  }\n"): (typeof documents)["\n  mutation CreatePdlPerimeter($input: PdlPerimeterInput!, $confirmBackdated: Boolean) {\n    createPdlPerimeter(input: $input, confirmBackdated: $confirmBackdated)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PdlPerimeterImpact($input: PdlPerimeterInput!) {\n    pdlPerimeterImpact(input: $input) {\n      ...FigureChangeFields\n    }\n  }\n"): (typeof documents)["\n  query PdlPerimeterImpact($input: PdlPerimeterInput!) {\n    pdlPerimeterImpact(input: $input) {\n      ...FigureChangeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PdlAllCommunes {\n    communes {\n      inseeCode\n      name\n    }\n  }\n"): (typeof documents)["\n  query PdlAllCommunes {\n    communes {\n      inseeCode\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PdlSanctions($filter: PdlSanctionFilter!, $offset: Int, $limit: Int) {\n    pdlSanctions(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        ownerName\n        street\n        communeName\n        offence\n        foundOn\n        authority\n        stage\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  query PdlSanctions($filter: PdlSanctionFilter!, $offset: Int, $limit: Int) {\n    pdlSanctions(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        ownerName\n        street\n        communeName\n        offence\n        foundOn\n        authority\n        stage\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PdlSanction($id: ID!) {\n    pdlSanction(id: $id) {\n      id\n      version\n      ownerName\n      street\n      communeName\n      offence\n      foundOn\n      authority\n      maxFine\n      reportedOn\n      observationsInvitedOn\n      orderedOn\n      amount\n      revenueOrderOn\n      paidOn\n      stage\n    }\n  }\n"): (typeof documents)["\n  query PdlSanction($id: ID!) {\n    pdlSanction(id: $id) {\n      id\n      version\n      ownerName\n      street\n      communeName\n      offence\n      foundOn\n      authority\n      maxFine\n      reportedOn\n      observationsInvitedOn\n      orderedOn\n      amount\n      revenueOrderOn\n      paidOn\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPdlOffence($input: PdlOffenceInput!) {\n    recordPdlOffence(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPdlOffence($input: PdlOffenceInput!) {\n    recordPdlOffence(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPdlSanctionStep($input: PdlSanctionStepInput!) {\n    recordPdlSanctionStep(input: $input) {\n      id\n      version\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPdlSanctionStep($input: PdlSanctionStepInput!) {\n    recordPdlSanctionStep(input: $input) {\n      id\n      version\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PretCatalogue {\n    pretKinds {\n      id\n      name\n      unit\n      stockToday\n    }\n    communes {\n      inseeCode\n      name\n    }\n  }\n"): (typeof documents)["\n  query PretCatalogue {\n    pretKinds {\n      id\n      name\n      unit\n      stockToday\n    }\n    communes {\n      inseeCode\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PretPlanning($from: Date!, $to: Date!) {\n    pretPlanning(from: $from, to: $to) {\n      kindId\n      kindName\n      unit\n      days {\n        day\n        stock\n        booked\n        available\n        short\n      }\n    }\n  }\n"): (typeof documents)["\n  query PretPlanning($from: Date!, $to: Date!) {\n    pretPlanning(from: $from, to: $to) {\n      kindId\n      kindName\n      unit\n      days {\n        day\n        stock\n        booked\n        available\n        short\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePretRequest($input: PretRequestInput!) {\n    createPretRequest(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePretRequest($input: PretRequestInput!) {\n    createPretRequest(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovePretRequest($input: PretApproveInput!) {\n    approvePretRequest(input: $input) {\n      ...PretRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovePretRequest($input: PretApproveInput!) {\n    approvePretRequest(input: $input) {\n      ...PretRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefusePretRequest($input: PretRefuseInput!) {\n    refusePretRequest(input: $input) {\n      ...PretRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefusePretRequest($input: PretRefuseInput!) {\n    refusePretRequest(input: $input) {\n      ...PretRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvancePretRequest($input: PretAdvanceInput!) {\n    advancePretRequest(input: $input) {\n      ...PretRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdvancePretRequest($input: PretAdvanceInput!) {\n    advancePretRequest(input: $input) {\n      ...PretRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPretReturn($input: PretReturnInput!) {\n    recordPretReturn(input: $input) {\n      ...PretRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPretReturn($input: PretReturnInput!) {\n    recordPretReturn(input: $input) {\n      ...PretRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PretRequestFields on PretRequest {\n    id\n    communeInsee\n    communeName\n    eventName\n    eventPlace\n    startOn\n    endOn\n    handover\n    status\n    partial\n    requestedOn\n    answeredOn\n    refusalReason\n    returnedOn\n    version\n    lines {\n      kindId\n      kindName\n      unit\n      requested\n      approved\n      returned\n      missing\n      damaged\n    }\n  }\n"): (typeof documents)["\n  fragment PretRequestFields on PretRequest {\n    id\n    communeInsee\n    communeName\n    eventName\n    eventPlace\n    startOn\n    endOn\n    handover\n    status\n    partial\n    requestedOn\n    answeredOn\n    refusalReason\n    returnedOn\n    version\n    lines {\n      kindId\n      kindName\n      unit\n      requested\n      approved\n      returned\n      missing\n      damaged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PretRequest($id: ID!) {\n    pretRequest(id: $id) {\n      ...PretRequestFields\n    }\n    pretAvailability(requestId: $id) {\n      kindId\n      requested\n      available\n    }\n  }\n"): (typeof documents)["\n  query PretRequest($id: ID!) {\n    pretRequest(id: $id) {\n      ...PretRequestFields\n    }\n    pretAvailability(requestId: $id) {\n      kindId\n      requested\n      available\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PretRequests($status: PretStatus, $offset: Int!, $limit: Int!) {\n    pretRequests(status: $status, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        communeName\n        eventName\n        startOn\n        endOn\n        handover\n        status\n        partial\n        lines {\n          kindId\n          kindName\n          requested\n          approved\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PretRequests($status: PretStatus, $offset: Int!, $limit: Int!) {\n    pretRequests(status: $status, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        communeName\n        eventName\n        startOn\n        endOn\n        handover\n        status\n        partial\n        lines {\n          kindId\n          kindName\n          requested\n          approved\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PretStock($kindId: ID, $offset: Int!, $limit: Int!) {\n    pretKinds {\n      id\n      name\n      unit\n      stockToday\n    }\n    pretStockMovements(kindId: $kindId, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        kindName\n        movedOn\n        movement\n        quantity\n        costCents\n        notes\n        recordedByLogin\n      }\n    }\n  }\n"): (typeof documents)["\n  query PretStock($kindId: ID, $offset: Int!, $limit: Int!) {\n    pretKinds {\n      id\n      name\n      unit\n      stockToday\n    }\n    pretStockMovements(kindId: $kindId, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        kindName\n        movedOn\n        movement\n        quantity\n        costCents\n        notes\n        recordedByLogin\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePretKind($input: PretKindInput!) {\n    createPretKind(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePretKind($input: PretKindInput!) {\n    createPretKind(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPretStockMovement($input: PretStockMovementInput!) {\n    recordPretStockMovement(input: $input)\n  }\n"): (typeof documents)["\n  mutation RecordPretStockMovement($input: PretStockMovementInput!) {\n    recordPretStockMovement(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PretRepairs($openOnly: Boolean!, $offset: Int!, $limit: Int!) {\n    pretRepairs(openOnly: $openOnly, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        kindName\n        requestId\n        quantity\n        cause\n        openedOn\n        closedOn\n        outcome\n        hours\n        costCents\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  query PretRepairs($openOnly: Boolean!, $offset: Int!, $limit: Int!) {\n    pretRepairs(openOnly: $openOnly, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        kindName\n        requestId\n        quantity\n        cause\n        openedOn\n        closedOn\n        outcome\n        hours\n        costCents\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosePretRepair($input: PretRepairCloseInput!) {\n    closePretRepair(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ClosePretRepair($input: PretRepairCloseInput!) {\n    closePretRepair(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PretInterventions($offset: Int!, $limit: Int!) {\n    pretInterventions(offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        service\n        kind\n        doneOn\n        agentCount\n        hours\n        notes\n      }\n    }\n  }\n"): (typeof documents)["\n  query PretInterventions($offset: Int!, $limit: Int!) {\n    pretInterventions(offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        service\n        kind\n        doneOn\n        agentCount\n        hours\n        notes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPretIntervention($input: PretInterventionInput!) {\n    recordPretIntervention(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPretIntervention($input: PretInterventionInput!) {\n    recordPretIntervention(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PretWeek($from: Date!) {\n    pretWeek(from: $from) {\n      day\n      moment\n      action\n      request {\n        id\n        communeName\n        eventName\n        eventPlace\n        status\n        lines {\n          kindId\n          kindName\n          unit\n          requested\n          approved\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PretWeek($from: Date!) {\n    pretWeek(from: $from) {\n      day\n      moment\n      action\n      request {\n        id\n        communeName\n        eventName\n        eventPlace\n        status\n        lines {\n          kindId\n          kindName\n          unit\n          requested\n          approved\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportYear($year: Int!) {\n    reportYear(year: $year) {\n      year\n      status\n      version\n      closedAt\n      closedBy\n      progress {\n        status\n        count\n      }\n      parts {\n        id\n        position\n        title\n        chapters {\n          id\n          position\n          title\n          directorate\n          status\n          canWrite\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportYear($year: Int!) {\n    reportYear(year: $year) {\n      year\n      status\n      version\n      closedAt\n      closedBy\n      progress {\n        status\n        count\n      }\n      parts {\n        id\n        position\n        title\n        chapters {\n          id\n          position\n          title\n          directorate\n          status\n          canWrite\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportChapter($id: ID!) {\n    reportChapter(id: $id) {\n      id\n      year\n      title\n      directorate\n      highlights\n      outlook\n      status\n      reviewComment\n      version\n      canWrite\n    }\n    reportChapterFigures(id: $id) {\n      key\n      label\n      unit\n      value\n      previousValue\n      declared\n      source\n      frozen\n    }\n  }\n"): (typeof documents)["\n  query ReportChapter($id: ID!) {\n    reportChapter(id: $id) {\n      id\n      year\n      title\n      directorate\n      highlights\n      outlook\n      status\n      reviewComment\n      version\n      canWrite\n    }\n    reportChapterFigures(id: $id) {\n      key\n      label\n      unit\n      value\n      previousValue\n      declared\n      source\n      frozen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportDrift($year: Int!) {\n    reportDrift(year: $year) {\n      key\n      label\n      unit\n      frozenValue\n      liveValue\n      computedAt\n      acknowledged\n    }\n  }\n"): (typeof documents)["\n  query ReportDrift($year: Int!) {\n    reportDrift(year: $year) {\n      key\n      label\n      unit\n      frozenValue\n      liveValue\n      computedAt\n      acknowledged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenReportYear($year: Int!) {\n    openReportYear(year: $year) {\n      year\n    }\n  }\n"): (typeof documents)["\n  mutation OpenReportYear($year: Int!) {\n    openReportYear(year: $year) {\n      year\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveReportChapter($id: ID!, $partId: ID!, $position: Int!) {\n    moveReportChapter(id: $id, partId: $partId, position: $position) {\n      year\n    }\n  }\n"): (typeof documents)["\n  mutation MoveReportChapter($id: ID!, $partId: ID!, $position: Int!) {\n    moveReportChapter(id: $id, partId: $partId, position: $position) {\n      year\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddReportChapter($partId: ID!, $input: ReportChapterStructureInput!) {\n    addReportChapter(partId: $partId, input: $input) {\n      year\n    }\n  }\n"): (typeof documents)["\n  mutation AddReportChapter($partId: ID!, $input: ReportChapterStructureInput!) {\n    addReportChapter(partId: $partId, input: $input) {\n      year\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveReportChapter($id: ID!) {\n    removeReportChapter(id: $id) {\n      year\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveReportChapter($id: ID!) {\n    removeReportChapter(id: $id) {\n      year\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameReportPart($id: ID!, $title: String!) {\n    renameReportPart(id: $id, title: $title) {\n      year\n    }\n  }\n"): (typeof documents)["\n  mutation RenameReportPart($id: ID!, $title: String!) {\n    renameReportPart(id: $id, title: $title) {\n      year\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveReportChapterText($id: ID!, $input: ReportChapterTextInput!) {\n    saveReportChapterText(id: $id, input: $input) {\n      id\n      status\n      version\n      highlights\n      outlook\n    }\n  }\n"): (typeof documents)["\n  mutation SaveReportChapterText($id: ID!, $input: ReportChapterTextInput!) {\n    saveReportChapterText(id: $id, input: $input) {\n      id\n      status\n      version\n      highlights\n      outlook\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitReportChapter($id: ID!) {\n    submitReportChapter(id: $id) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitReportChapter($id: ID!) {\n    submitReportChapter(id: $id) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewReportChapter($id: ID!, $decision: ReportReviewDecision!, $comment: String) {\n    reviewReportChapter(id: $id, decision: $decision, comment: $comment) {\n      id\n      status\n      version\n      reviewComment\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewReportChapter($id: ID!, $decision: ReportReviewDecision!, $comment: String) {\n    reviewReportChapter(id: $id, decision: $decision, comment: $comment) {\n      id\n      status\n      version\n      reviewComment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseReportYear($year: Int!, $expectedVersion: Int!) {\n    closeReportYear(year: $year, expectedVersion: $expectedVersion) {\n      year\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CloseReportYear($year: Int!, $expectedVersion: Int!) {\n    closeReportYear(year: $year, expectedVersion: $expectedVersion) {\n      year\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenReportYear($year: Int!, $reason: String!) {\n    reopenReportYear(year: $year, reason: $reason) {\n      year\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenReportYear($year: Int!, $reason: String!) {\n    reopenReportYear(year: $year, reason: $reason) {\n      year\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeReportDrift($year: Int!, $key: String!) {\n    acknowledgeReportDrift(year: $year, key: $key) {\n      key\n      acknowledged\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeReportDrift($year: Int!, $key: String!) {\n    acknowledgeReportDrift(year: $year, key: $key) {\n      key\n      acknowledged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Directorates {\n    directorates {\n      key\n      label\n      hasModule\n      canWrite\n      canDeclare\n    }\n  }\n"): (typeof documents)["\n  query Directorates {\n    directorates {\n      key\n      label\n      hasModule\n      canWrite\n      canDeclare\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FigureChangeFields on FigureChange {\n    indicatorKey\n    label\n    year\n    before\n    after\n  }\n"): (typeof documents)["\n  fragment FigureChangeFields on FigureChange {\n    indicatorKey\n    label\n    year\n    before\n    after\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;