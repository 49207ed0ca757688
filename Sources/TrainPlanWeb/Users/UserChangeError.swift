import Hummingbird
import TrainPlanCore

/// Why a change of users is refused, in the planner's language; each is a 422 (404 for an unknown user).
enum UserChangeError: Error {
    case notFound
    case nameTaken(String)
    case isSelf
    case lastPlanner

    func httpError(_ language: Language) -> HTTPError {
        switch self {
        case .notFound:
            HTTPError(.notFound, message: language.pick("没有这个用户", "no such user"))
        case .nameTaken(let name):
            HTTPError(.unprocessableContent, message: language.pick("用户名 \(name) 已存在", "the user name \(name) is taken"))
        case .isSelf:
            HTTPError(.unprocessableContent, message: language.pick("不能停用或删除自己", "you cannot disable or delete yourself"))
        case .lastPlanner:
            HTTPError(.unprocessableContent, message: language.pick("不能停用或删除最后一名规划员", "the last planner cannot be disabled or deleted"))
        }
    }
}
